import type { UseQueryResult } from '@tanstack/react-query';
import type { ReviewLayerView } from '@shared/contract/review-layer-channels';
import type { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { reviewLayerStrings } from './strings';

/**
 * What a reviewer's page shows while its candidate's layer is not there yet: the error with a
 * retry inside the page, or the loading state. Pages render it while `view.data` is missing.
 */
export function LayerPageNotReady({
  view,
  title,
}: {
  view: UseQueryResult<ReviewLayerView, ApiError>;
  title: string;
}) {
  if (view.isError) {
    return (
      <Page title={title}>
        <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />
      </Page>
    );
  }
  return <LoadingState message={reviewLayerStrings.loading} />;
}
