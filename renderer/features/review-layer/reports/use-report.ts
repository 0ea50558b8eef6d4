import { useParams } from 'react-router';
import { isLive } from '@shared/domain/record';
import { useReviewLayer } from '../use-review-layer';

/** The report the address names, with the layer it is in (null while loading or gone). */
export function useReportOfAddress() {
  const { portfolioId = '', reportId = '' } = useParams();
  const view = useReviewLayer(portfolioId);
  const report = view.data?.layer.reports.find((r) => r.id === reportId && isLive(r)) ?? null;
  return { portfolioId, reportId, view, report };
}
