import { useState } from 'react';
import type { ReviewedPortfolio } from '@shared/bundle/reviewed-portfolio';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { StatusMessage } from '../../components/StatusMessage';
import { useReviewedPortfolios } from '../../data/use-reviewed';
import { reviewedStrings } from './strings';
import { ImportBundleButton } from '../bundle-import/ImportBundleButton';
import { RemoveReviewedDialog } from './RemoveReviewedDialog';
import { ReviewedPortfoliosTable } from './ReviewedPortfoliosTable';
import { reviewedName } from './reviewed-name';

/** Other people's portfolios imported read-only: open one, or remove it after a confirmation. */
export function ReviewedPortfoliosPage() {
  const text = reviewedStrings;
  const reviewed = useReviewedPortfolios();
  const [removing, setRemoving] = useState<ReviewedPortfolio | null>(null);
  const [status, setStatus] = useState('');
  const list = reviewed.data;
  return (
    <Page title={text.title} actions={<ImportBundleButton />}>
      <p className="lead">{text.intro}</p>
      <StatusMessage message={status} />
      {reviewed.isPending ? <LoadingState /> : null}
      <ErrorAlert error={reviewed.error} onRetry={() => void reviewed.refetch()} />
      {list && list.length === 0 ? <p className="muted">{text.empty}</p> : null}
      {list && list.length > 0 ? (
        <ReviewedPortfoliosTable
          portfolios={list}
          onRemove={(portfolio) => {
            setStatus('');
            setRemoving(portfolio);
          }}
        />
      ) : null}
      {removing ? (
        <RemoveReviewedDialog
          portfolio={removing}
          onRemoved={() => {
            setStatus(text.removed(reviewedName(removing)));
            setRemoving(null);
          }}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </Page>
  );
}
