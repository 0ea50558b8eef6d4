import type { Portfolio } from '@shared/domain/portfolio';
import { OpenSampleButton } from '../../app/OpenSampleButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useValidatedForm } from '../../forms/use-validated-form';
import { useCompleteWelcome, useSkipWelcome } from '../../data/mutations';
import { liveSessions } from '../../data/live-records';
import { bundleImportStrings } from '../bundle-import/strings';
import { welcomeStrings } from './strings';
import { ImportBundleButton } from '../bundle-import/ImportBundleButton';
import { ProfileFieldset } from '../profile/ProfileFieldset';
import { EMPTY_PROFILE_VALUES } from '../profile/profile-form';
import { SessionDatesFieldset } from './SessionDatesFieldset';
import { validateWelcome, type WelcomeFormValues } from './welcome-form';

export interface WelcomePageProps {
  portfolio: Portfolio;
}

function initialValues(portfolio: Portfolio): WelcomeFormValues {
  const sessionDates: Record<number, string> = {};
  for (const session of liveSessions(portfolio)) sessionDates[session.number] = session.date ?? '';
  return { profile: EMPTY_PROFILE_VALUES, sessionDates };
}

/**
 * The first run: a few optional details, in tab order, with Enter submitting. "Save and continue"
 * is the form's first button, so Enter in any field saves; "Skip for now" saves nothing.
 */
export function WelcomePage({ portfolio }: WelcomePageProps) {
  const completeWelcome = useCompleteWelcome();
  const skipWelcome = useSkipWelcome();
  const busy = completeWelcome.isPending || skipWelcome.isPending;
  const { values, setField, errors, submit } = useValidatedForm({
    initialValues: () => initialValues(portfolio),
    validate: validateWelcome,
    onValid: (input) => completeWelcome.mutate(input),
  });
  const setProfile = setField('profile');

  return (
    <Page title={welcomeStrings.title}>
      <p className="lead">{welcomeStrings.intro}</p>
      <form className="form card" noValidate onSubmit={submit}>
        <ProfileFieldset
          values={values.profile}
          errors={errors}
          setField={(key) => (value) => setProfile({ ...values.profile, [key]: value })}
        />
        <SessionDatesFieldset
          sessions={liveSessions(portfolio)}
          dates={values.sessionDates}
          errors={errors}
          onChange={setField('sessionDates')}
        />
        <ErrorAlert error={completeWelcome.error ?? skipWelcome.error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {welcomeStrings.save}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => skipWelcome.mutate({})}
          >
            {welcomeStrings.skip}
          </button>
        </div>
      </form>
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
    </Page>
  );
}
