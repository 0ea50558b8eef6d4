import { useState } from 'react';
import { Link } from 'react-router';
import type { CandidateRow } from '@shared/contract/candidates-channels';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { StatusMessage } from '../../components/StatusMessage';
import { useCandidates } from '../../data/use-candidates';
import { ImportBundleButton } from '../bundle-import/ImportBundleButton';
import { ExportCard } from '../exports/ExportCard';
import { candidateName } from './candidate-name';
import { CandidatesTable } from './CandidatesTable';
import { RemoveCandidateDialog } from './RemoveCandidateDialog';
import { candidatesStrings as text } from './strings';
import './candidates.css';

function CohortSection() {
  return (
    <ExportCard
      channel="cohort-csv-export"
      heading={text.cohortHeading}
      description={text.cohortText}
      buttonLabel={text.exportCohort}
    >
      <Link to={paths.cohortFeedback}>{text.feedbackLink}</Link>
    </ExportCard>
  );
}

/**
 * My candidates: the reviewer's start page. One sortable row per imported portfolio, how to add
 * one while there is none, and the cohort's roll-up for the coordinator.
 */
export function CandidatesPage() {
  const candidates = useCandidates();
  const [removing, setRemoving] = useState<CandidateRow | null>(null);
  const [status, setStatus] = useState('');
  const rows = candidates.data?.rows;
  const stale = rows?.filter((row) => row.stale).length ?? 0;
  return (
    <Page title={text.title} actions={<ImportBundleButton newItem />}>
      <p className="lead">{text.intro}</p>
      <StatusMessage message={status} />
      {candidates.isPending ? <LoadingState /> : null}
      <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      {candidates.data?.notice ? (
        <p className="alert candidates-notice">{candidates.data.notice}</p>
      ) : null}
      {rows && rows.length === 0 ? <p className="candidates-empty">{text.empty}</p> : null}
      {stale > 0 ? <p className="candidates-stale-summary">{text.staleSummary(stale)}</p> : null}
      {rows && rows.length > 0 ? (
        <CandidatesTable
          rows={rows}
          onRemove={(row) => {
            setStatus('');
            setRemoving(row);
          }}
        />
      ) : null}
      {rows && rows.length > 0 ? <CohortSection /> : null}
      {removing ? (
        <RemoveCandidateDialog
          portfolioId={removing.portfolioId}
          name={candidateName(removing)}
          onRemoved={() => {
            setStatus(text.removed(candidateName(removing)));
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </Page>
  );
}
