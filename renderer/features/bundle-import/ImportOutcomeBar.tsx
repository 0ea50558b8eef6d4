import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { strings } from '../../strings';
import { useBundleImport } from './bundle-import-context';

/**
 * What the last import came to, above every page: the import may start from a drop anywhere and
 * end on another page. The status region is always there, so the sentence is announced.
 */
export function ImportOutcomeBar() {
  const { outcome, dismissOutcome } = useBundleImport();
  const shown = outcome.message !== '' || (outcome.error !== null && outcome.error !== undefined);
  return (
    <div className={shown ? 'import-outcome' : 'import-outcome import-outcome-empty'}>
      <StatusMessage message={outcome.message} />
      <ErrorAlert error={outcome.error} />
      {shown ? (
        <button type="button" className="button button-quiet" onClick={dismissOutcome}>
          {strings.dismiss}
        </button>
      ) : null}
    </div>
  );
}
