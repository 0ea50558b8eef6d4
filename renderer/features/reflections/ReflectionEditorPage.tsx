import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { paths } from '../../app/paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useReflection } from '../../data/use-reflections';
import { reflectionStrings } from './strings';
import { ReflectionEditor } from './ReflectionEditor';
import { ReflectionReviewSlot } from '../review-scope/ReviewSlots';
import './reflections.css';

/** Loads one reflection and opens it in the editor; a missing one says so with a way back. */
export function ReflectionEditorPage() {
  const { reflectionId = '' } = useParams();
  const portfolio = useLoadedPortfolio();
  const reflection = useReflection(reflectionId);
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
      <ReflectionReviewSlot reflection={reflection.data} selectedPassage={() => null} />
    </Page>
  );
}
