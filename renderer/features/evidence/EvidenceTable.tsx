import { Link } from 'react-router';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { evidenceStrings } from './strings';
import type { FrameworkEvidence } from './evidence-rows';

export interface EvidenceTableProps {
  evidence: FrameworkEvidence;
}

/**
 * One framework's competencies (row headers) against their evidence. Coverage is a word
 * ("Covered" / "Not yet") with a symbol, so it never depends on colour alone.
 */
export function EvidenceTable({ evidence }: EvidenceTableProps) {
  const paths = useScopedPaths();
  const text = evidenceStrings;
  return (
    <div className="table-scroll">
      <table className="evidence-table">
        {/* Names the table for screen readers; the section's heading and meter show the same. */}
        <caption className="visually-hidden">
          {text.caption(evidence.framework.title)}{' '}
          <span className="muted">{text.summary(evidence.covered, evidence.total)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{text.competency}</th>
            <th scope="col">{text.coverage}</th>
            <th scope="col">{text.reflections}</th>
            <th scope="col">{text.artifacts}</th>
          </tr>
        </thead>
        <tbody>
          {evidence.rows.map((row) => (
            <tr key={row.competency.id} className={row.covered ? 'covered' : 'not-covered'}>
              <th scope="row">
                {row.competency.title}
                {row.competency.group ? (
                  <span className="evidence-group">{row.competency.group}</span>
                ) : null}
              </th>
              <td>
                <span className={row.covered ? 'coverage coverage-yes' : 'coverage coverage-no'}>
                  <span aria-hidden="true">{row.covered ? '✓ ' : '○ '}</span>
                  {row.covered ? text.covered : text.notYet}
                </span>
              </td>
              <td>
                {row.reflections.length === 0 ? (
                  <span className="muted">{text.none}</span>
                ) : (
                  <ul className="link-list">
                    {row.reflections.map((r) => (
                      <li key={r.id}>
                        <Link to={paths.reflection(r.id)}>{r.title}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {row.artifacts.length === 0 ? (
                  <span className="muted">{text.none}</span>
                ) : (
                  <ul className="link-list">
                    {row.artifacts.map((a) => (
                      <li key={a.id}>
                        <Link to={paths.artifact(a.id)}>{a.title}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
