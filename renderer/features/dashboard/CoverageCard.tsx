import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Portfolio } from '@shared/domain/portfolio';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ProgressMeter } from '../../components/ProgressMeter';
import { useReflectionList } from '../../data/use-reflections';
import { dashboardStrings } from './strings';
import { frameworkEvidence } from '../evidence/evidence-rows';
import { evidenceStrings } from '../evidence/strings';

export interface CoverageCardProps {
  portfolio: Portfolio;
}

/** "Competency coverage: N of M", overall and per framework, with the way to the evidence map. */
export function CoverageCard({ portfolio }: CoverageCardProps) {
  const paths = useScopedPaths();
  const reflections = useReflectionList();
  const text = dashboardStrings;
  const perFramework = useMemo(
    () =>
      portfolio.program.frameworks.map((framework) =>
        frameworkEvidence(framework, reflections.data ?? [], portfolio.artifacts),
      ),
    [portfolio, reflections.data],
  );
  const covered = perFramework.reduce((sum, f) => sum + f.covered, 0);
  const total = perFramework.reduce((sum, f) => sum + f.total, 0);
  return (
    <section className="card" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">
        {text.coverage}: {evidenceStrings.coverageValue(covered, total)}
      </h2>
      {perFramework.map((f) => (
        // The framework's whole name on hover, where the card's width shortens it.
        <div key={f.framework.id} title={f.framework.title}>
          <ProgressMeter
            label={f.framework.title}
            value={f.covered}
            max={f.total}
            valueText={evidenceStrings.coverageValue(f.covered, f.total)}
          />
        </div>
      ))}
      <p>
        <Link to={paths.evidence}>{text.openEvidenceMap}</Link>
      </p>
    </section>
  );
}
