import type { Portfolio } from '@shared/domain/portfolio';
import { usePortfolio } from './use-portfolio';

/**
 * For pages inside the app shell, which renders them only once the portfolio has loaded; later
 * refetches keep the previous data, so it stays defined.
 */
export function useLoadedPortfolio(): Portfolio {
  const { data } = usePortfolio();
  if (!data) throw new Error('A page was rendered before the portfolio loaded.');
  return data;
}
