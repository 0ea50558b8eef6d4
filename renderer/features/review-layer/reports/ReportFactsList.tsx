import type { ReportFacts } from '@shared/review/review-layer';
import { formatDate } from '../../../components/format-date';
import { reviewLayerStrings } from '../strings';

const text = reviewLayerStrings;
const FACT_KEYS = [
  'sessionsAttended',
  'assignmentsSubmitted',
  'assignmentsPassed',
  'newReflections',
  'newArtifacts',
  'contacts',
  'workStudyHours',
] as const;

/** The facts filled in when the report was started, read-only. */
export function ReportFactsList({ facts }: { facts: ReportFacts }) {
  return (
    <>
      <p className="muted">
        {text.reports.factsFrom(
          facts.from === null ? null : formatDate(facts.from),
          formatDate(facts.to),
        )}
      </p>
      <dl className="review-facts">
        {FACT_KEYS.map((key) => (
          <div key={key}>
            <dt>{text.facts[key]}</dt>
            <dd>{facts[key]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
