import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { strings } from '../../strings';
import { useBundleImport } from './bundle-import-context';
import type { ImportOutcome } from './use-import-slot';

interface Noted {
  outcome: ImportOutcome;
  page: string;
  reached: boolean;
}

/**
 * What the last import came to, above every page: the import may start from a drop anywhere and
 * end on another page. The status region is always there, so the sentence is announced. It
 * belongs to the page it is about and goes when the user moves on to another.
 */
export function ImportOutcomeBar() {
  const { outcome, dismissOutcome } = useBundleImport();
  const { pathname } = useLocation();
  const shown = outcome.message !== '' || (outcome.error !== null && outcome.error !== undefined);
  // The page this outcome belongs to, noted when it first shows (React's adjust-on-change), and
  // whether the user has reached it: the import's own navigation may finish after the outcome.
  const [noted, setNoted] = useState<Noted | null>(null);
  if (shown && noted?.outcome !== outcome) {
    const page = outcome.path ?? pathname;
    setNoted({ outcome, page, reached: page === pathname });
  } else if (noted && !noted.reached && noted.page === pathname) {
    setNoted({ ...noted, reached: true });
  }
  const left = shown && noted?.outcome === outcome && noted.reached && noted.page !== pathname;
  useEffect(() => {
    if (left) dismissOutcome();
  }, [left, dismissOutcome]);
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
