import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format-date';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { RadioGroupField } from '../../components/RadioGroupField';
import { StatusMessage } from '../../components/StatusMessage';
import {
  useCandidateChanges,
  useCandidates,
  useMarkSeen,
  type ChangesSince,
} from '../../data/use-candidates';
import { candidateName } from './candidate-name';
import { ChangeGroups } from './ChangeGroups';
import { candidatesStrings } from './strings';
import './candidates.css';

const text = candidatesStrings.changes;
const SINCE_OPTIONS = (['last-look', 'previous-bundle'] as const).map((value) => ({
  value,
  label: text.sinceOptions[value],
}));

/**
 * What changed in one candidate's portfolio since the reviewer last looked (or since the
 * previous bundle), grouped by kind, each item a link to it; "Mark as seen" starts over.
 */
export function CandidateChangesPage() {
  const { portfolioId = '' } = useParams();
  const [since, setSince] = useState<ChangesSince>('last-look');
  const [status, setStatus] = useState('');
  const candidates = useCandidates();
  const changes = useCandidateChanges(portfolioId, since);
  const markSeen = useMarkSeen(portfolioId);
  const row = candidates.data?.rows.find((r) => r.portfolioId === portfolioId);
  if (candidates.isPending) return <LoadingState />;
  if (!row) {
    return (
      <Page title={candidatesStrings.title}>
        <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
        {candidates.error ? null : <p>{text.notFound}</p>}
        <Link to={paths.candidates}>{text.back}</Link>
      </Page>
    );
  }
  const list = changes.data?.changes;
  const seen = since === 'last-look' ? changes.data?.since : undefined;
  return (
    <Page
      title={text.title(candidateName(row))}
      actions={
        <button
          type="button"
          className="button button-primary"
          disabled={markSeen.isPending}
          onClick={() => markSeen.mutate(undefined, { onSuccess: () => setStatus(text.marked) })}
        >
          {text.markSeen}
        </button>
      }
    >
      <p>
        <Link to={paths.candidates}>{text.back}</Link>
      </p>
      <StatusMessage message={status} />
      <ErrorAlert error={markSeen.error ?? changes.error} />
      <RadioGroupField
        label={text.since}
        value={since}
        options={SINCE_OPTIONS}
        onChange={setSince}
      />
      {seen === null ? <p className="muted">{text.neverSeen}</p> : null}
      {seen ? <p className="muted">{text.sinceSeen(formatDateTime(seen))}</p> : null}
      {changes.isPending ? <LoadingState /> : null}
      {list && list.length === 0 ? <p>{text.none[since]}</p> : null}
      {list && list.length > 0 ? <ChangeGroups portfolioId={portfolioId} changes={list} /> : null}
    </Page>
  );
}
