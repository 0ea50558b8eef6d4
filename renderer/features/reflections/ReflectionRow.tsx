import type { ReflectionSummary } from '@shared/domain/reflection';
import { localIsoDate, type IsoDate } from '@shared/domain/dates';
import { sessionLabel } from '@shared/domain/session';
import { relativeDue } from '@shared/time/relative-due';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { formatDateTime } from '../../components/format-date';
import { ListRow, RowCell } from '../../components/ListRow';
import { StatusPill } from '../../components/StatusPill';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowList, RowTable } from '../../components/RowList';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { useToday } from '../../data/use-today';
import { useReadOnly } from '../../data/use-app-info';
import { editDeleteMenu } from '../../components/edit-delete-menu';
import { reflectionStrings } from './strings';
import { ChangeBadge } from '../candidate-view/change-marks';

/** Status, session, words and when last changed, then the menu, after the title. */
const REFLECTION_COLUMNS = 'auto fit-content(12rem) auto fit-content(10rem) auto';

export interface ReflectionRowProps {
  reflection: ReflectionSummary;
  today: IsoDate;
  deleting: boolean;
  onDelete: (reflection: ReflectionSummary) => void;
}

/** One reflection as one line: title (opens it), status, session, words, last change. */
export function ReflectionRow({ reflection, today, deleting, onDelete }: ReflectionRowProps) {
  const paths = useScopedPaths();
  const readOnly = useReadOnly();
  const text = reflectionStrings;
  return (
    <ListRow
      name={reflection.title}
      to={paths.reflection(reflection.id)}
      marks={<ChangeBadge kind="reflections" id={reflection.id} />}
      menu={
        readOnly
          ? undefined
          : editDeleteMenu({
              editTo: paths.reflection(reflection.id),
              deleting,
              onDelete: () => onDelete(reflection),
            })
      }
    >
      <RowCell>
        <StatusPill
          label={text.status[reflection.status]}
          tone={reflection.status === 'final' ? 'done' : 'neutral'}
        />
      </RowCell>
      <RowCell muted>
        {reflection.session === null ? text.noSession : sessionLabel(reflection.session)}
      </RowCell>
      <RowCell muted className="row-number">
        {text.words(reflection.wordCount)}
      </RowCell>
      <RowCell muted>
        <span className="visually-hidden">{text.updated}: </span>
        <time dateTime={reflection.updatedAt} title={formatDateTime(reflection.updatedAt)}>
          {relativeDue(localIsoDate(new Date(reflection.updatedAt)), today)}
        </time>
      </RowCell>
    </ListRow>
  );
}

/** The reflections as rows; Delete offers Undo. */
export function ReflectionRows({ reflections }: { reflections: readonly ReflectionSummary[] }) {
  const today = useToday();
  const text = reflectionStrings;
  const deleteWithUndo = useDeleteWithUndo<ReflectionSummary>('reflection', {
    deleted: (r) => text.deleted(r.title),
    restored: (r) => text.restored(r.title),
  });
  return (
    <>
      <ErrorAlert error={deleteWithUndo.error} />
      <RowTable columns={REFLECTION_COLUMNS}>
        <RowList label={text.title}>
          {reflections.map((reflection) => (
            <ReflectionRow
              key={reflection.id}
              reflection={reflection}
              today={today}
              deleting={deleteWithUndo.isPending}
              onDelete={(record) => void deleteWithUndo.remove(record)}
            />
          ))}
        </RowList>
      </RowTable>
    </>
  );
}
