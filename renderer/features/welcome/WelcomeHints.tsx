import { OpenSampleButton } from '../../app/OpenSampleButton';
import { bundleImportStrings } from '../bundle-import/strings';
import { ImportBundleButton } from '../bundle-import/ImportBundleButton';
import { welcomeStrings } from './strings';

/** Below each step of the welcome: look at the sample, or bring the portfolio from elsewhere. */
export function WelcomeHints() {
  return (
    <>
      <p className="welcome-sample">
        <span>{welcomeStrings.sampleHint}</span>{' '}
        <OpenSampleButton className="button button-quiet" />
      </p>
      <p className="welcome-sample">
        <span>{bundleImportStrings.welcomeImportHint}</span>{' '}
        <ImportBundleButton
          label={bundleImportStrings.importFromOtherComputer}
          className="button button-quiet"
        />
      </p>
    </>
  );
}
