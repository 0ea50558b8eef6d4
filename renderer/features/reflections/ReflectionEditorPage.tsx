import { Link, useParams } from 'react-router';
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
import './reflections.css';

/** Loads one reflection and opens it in the editor; a missing one says so with a way back. */
export function ReflectionEditorPage() {
  const paths = useScopedPaths();
  const { reflectionId = '' } = useParams();
  const portfolio = useLoadedPortfolio();
  const reflection = useReflection(reflectionId);
  const readOnly = useReadOnly();
  const text = reflectionStrings;
  const back = (
    <Link to={paths.reflections} className="button button-quiet">
      {text.back}
    </Link>
  );

  if (reflection.isPending) {
    return (
      <Page title={text.editTitle} actions={back}>
        <LoadingState />
      </Page>
    );
  }
  const missing =
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
  return (
    <Page
      title={`${text.editTitle}: ${reflection.data.title}`}
      heading={text.editTitle}
      actions={back}
    >
      <ReflectionEditor
        key={reflection.data.id}
        reflection={reflection.data}
        portfolio={portfolio}
      />
      {/* No passage to anchor on the candidate's own page; the reviewer's view supplies one. */}
    </Page>
  );
}
