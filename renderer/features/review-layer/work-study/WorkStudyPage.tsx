import { LayerPageNotReady } from '../LayerPageNotReady';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isLive } from '@shared/domain/record';
import type { WorkStudyEntry, WorkStudyFields } from '@shared/review/review-layer';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { useToday } from '../../../data/use-today';
import { reviewLayerStrings } from '../strings';
import { useReviewChange, useReviewLayer } from '../use-review-layer';
import { WorkStudyForm } from './WorkStudyForm';
import { WorkStudyItem } from './WorkStudyItem';
import { newWorkStudyValues, workStudyValuesOf } from './work-study-form';
import { useWorkStudyDelete } from './use-work-study-delete';
import '../review-layer.css';

const text = reviewLayerStrings.workStudy;

/** The reviewer's work-study supervision log of one candidate, newest first. */
export function WorkStudyPage() {
  const portfolioId = useParams().portfolioId ?? '';
  const today = useToday();
  const view = useReviewLayer(portfolioId);
  const create = useReviewChange('review-workstudy-create', portfolioId);
  const update = useReviewChange('review-workstudy-update', portfolioId);
  const deleting = useWorkStudyDelete(portfolioId);
  /** 'new', an entry being edited, or null. */
  const [editing, setEditing] = useState<'new' | WorkStudyEntry | null>(null);
  if (!view.data) return <LayerPageNotReady view={view} title={text.title} />;
  const { layer, program, reviewer, candidate } = view.data;
  const entries = layer.workStudy
    .filter(isLive)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const total = entries.reduce((sum, e) => sum + e.hours, 0);
  const save = (fields: WorkStudyFields) => {
    const done = { onSuccess: () => setEditing(null) };
    if (editing === 'new') create.mutate({ portfolioId, ...fields }, done);
    else if (editing) update.mutate({ portfolioId, id: editing.id, ...fields }, done);
  };
  const form = editing ? (
    <WorkStudyForm
      key={editing === 'new' ? 'new' : editing.id}
      title={editing === 'new' ? text.addTitle : text.editTitle}
      initialValues={editing === 'new' ? newWorkStudyValues(today) : workStudyValuesOf(editing)}
      competencies={program.competencies}
      pending={create.isPending || update.isPending}
      error={editing === 'new' ? create.error : update.error}
      onSubmit={save}
      onCancel={() => setEditing(null)}
    />
  ) : null;
  return (
    <Page
      title={`${text.title}: ${candidate.name}`}
      actions={
        reviewer && editing === null ? (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {text.add}
          </button>
        ) : null
      }
    >
      <p className="lead">{text.intro}</p>
      {entries.length > 0 ? <p>{text.totalHours(total)}</p> : null}
      {editing === 'new' ? form : null}
      <ErrorAlert error={deleting.error} />
      {entries.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="card-list">
          {entries.map((entry) =>
            editing !== 'new' && editing?.id === entry.id ? (
              <li key={entry.id}>{form}</li>
            ) : (
              <WorkStudyItem
                key={entry.id}
                entry={entry}
                competencies={program.competencies}
                canWrite={reviewer !== null}
                busy={deleting.isPending}
                onEdit={setEditing}
                onDelete={deleting.remove}
              />
            ),
          )}
        </ul>
      )}
    </Page>
  );
}
