import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { ProgressMeter } from '../../components/ProgressMeter';
import { FilterSelect } from '../../components/FilterSelect';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useReflectionList } from '../../data/use-reflections';
import { evidenceStrings } from './strings';
import { EvidenceTable } from './EvidenceTable';
import { frameworkEvidence } from './evidence-rows';
import { ALL } from '../../forms/session-filter';
import './evidence.css';

/** Competencies × evidence, per framework, with coverage; a selector narrows to one framework. */
export function EvidenceMapPage() {
  const portfolio = useLoadedPortfolio();
  const reflections = useReflectionList();
  const [frameworkId, setFrameworkId] = useState(ALL);
  const text = evidenceStrings;
  const frameworks = portfolio.program.frameworks;
  const shown = frameworks.filter((f) => frameworkId === ALL || f.id === frameworkId);

  return (
    <Page title={text.title}>
      <p className="lead">{text.intro}</p>
      <FilterSelect
        label={text.framework}
        allLabel={text.allFrameworks}
        value={frameworkId}
        options={frameworks.map((f) => ({ value: f.id, label: f.title }))}
        onChange={setFrameworkId}
      />
      {reflections.isError ? (
        <ErrorAlert error={reflections.error} onRetry={() => void reflections.refetch()} />
      ) : reflections.isPending ? (
        <LoadingState />
      ) : (
        shown.map((framework) => {
          const evidence = frameworkEvidence(framework, reflections.data, portfolio.artifacts);
          return (
            <section
              key={framework.id}
              className="card evidence-section"
              aria-labelledby={`evidence-${framework.id}`}
            >
              {/* The framework's name once, as the heading; the table's caption is for readers. */}
              <h2 id={`evidence-${framework.id}`}>{framework.title}</h2>
              <ProgressMeter
                label={evidenceStrings.coverageFramework}
                value={evidence.covered}
                max={evidence.total}
                valueText={evidenceStrings.coverageValue(evidence.covered, evidence.total)}
              />
              <EvidenceTable evidence={evidence} />
            </section>
          );
        })
      )}
    </Page>
  );
}
