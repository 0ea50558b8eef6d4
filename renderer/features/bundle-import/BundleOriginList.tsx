import type { ImportSummary } from '@shared/bundle/import-summary';
import { formatDateTime } from '../../components/format-date';
import { strings } from '../../strings';
import { bundleImportStrings as text } from './strings';

/** Whose portfolio a bundle holds and where it was made: the import summary's first section. */
export function BundleOriginList({ origin }: { origin: ImportSummary['origin'] }) {
  return (
    <>
      <h3>{text.whoseHeading}</h3>
      <dl className="figure-list">
        <div>
          <dt>{text.name}</dt>
          <dd>{origin.name || text.unnamed}</dd>
        </div>
        <div>
          <dt>{text.organisation}</dt>
          <dd>{origin.organisation || strings.notSet}</dd>
        </div>
        <div>
          <dt>{text.cohort}</dt>
          <dd>{origin.cohortYear ?? strings.notSet}</dd>
        </div>
        <div>
          <dt>{text.exportedAt}</dt>
          <dd>
            <time dateTime={origin.exportedAt}>{formatDateTime(origin.exportedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{text.appVersion}</dt>
          <dd>{origin.appVersion}</dd>
        </div>
      </dl>
    </>
  );
}
