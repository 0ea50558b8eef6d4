import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Reflection } from '@shared/domain/reflection';
import { ApiError } from '../../api/api-error';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useReflection } from '../../data/use-reflections';
import { reflectionStrings } from './strings';
import { useReadOnly } from '../../data/use-app-info';
import { ReflectionEditor } from './ReflectionEditor';
import { ReflectionReadView } from './ReflectionReadView';
import { NEW_REFLECTION_ID, sessionOfNewReflection, unsavedReflection } from './new-reflection';
import './reflections.css';

/**
 * The editor's key, kept in the address's state when a new reflection gets its record: the
 * same editor (its caret, its pending changes) goes on at the record's own address.
 */
interface EditorState {
  editorKey?: string;
}

/**
 * Loads one reflection and opens it in the editor; a missing one says so with a way back.
 * `reflections/new` opens an editor on a reflection that is stored with its first change.
 */
export function ReflectionEditorPage() {
  const paths = useScopedPaths();
  const { reflectionId = '' } = useParams();
  const isNew = reflectionId === NEW_REFLECTION_ID;
  const [search] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [draft] = useState(() =>
    unsavedReflection(sessionOfNewReflection(search), new Date().toISOString()),
  );
  const portfolio = useLoadedPortfolio();
  const reflection = useReflection(reflectionId, !isNew);
  const readOnly = useReadOnly();
  const text = reflectionStrings;
  const editorKey = (location.state as EditorState | null)?.editorKey ?? reflectionId;
  const back = (
    <Link to={paths.reflections} className="button button-quiet">
      {text.back}
    </Link>
  );

  const editor = (shown: Reflection, unsaved: boolean) => (
    <Page title={`${text.editTitle}: ${shown.title}`} heading={text.editTitle} actions={back}>
      <ReflectionEditor
        key={editorKey}
        reflection={shown}
        portfolio={portfolio}
        unsaved={
          unsaved
            ? {
                fields: { title: draft.title, session: draft.session },
                onCreated: (created) =>
                  void navigate(paths.reflection(created.id), {
                    replace: true,
                    state: { editorKey } satisfies EditorState,
                  }),
              }
            : undefined
        }
      />
      {/* No passage to anchor on the candidate's own page; the reviewer's view supplies one. */}
    </Page>
  );

  if (isNew && !readOnly) return editor(draft, true);
  if (reflection.isPending && !isNew) {
    return (
      <Page title={text.editTitle} actions={back}>
        <LoadingState />
      </Page>
    );
  }
  const missing =
    isNew ||
    (reflection.error instanceof ApiError && reflection.error.code === 'not-found') ||
    reflection.data?.deletedAt != null;
  if (missing || !reflection.data) {
    return (
      <Page title={text.editTitle} actions={back}>
        {missing ? (
          <p role="alert">{text.notFound}</p>
        ) : (
          <ErrorAlert error={reflection.error} onRetry={() => void reflection.refetch()} />
        )}
      </Page>
    );
  }
  if (readOnly) {
    return (
      <Page title={reflection.data.title} actions={back}>
        <ReflectionReadView reflection={reflection.data} portfolio={portfolio} />
      </Page>
    );
  }
  return editor(reflection.data, false);
}
