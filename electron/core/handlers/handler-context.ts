import type { Clock, IdGenerator } from '../platform';
import type { PortfolioStore } from '../store/portfolio-store';

/** What every group of handlers needs: the open portfolio (own or sample), the clock and ids. */
export interface HandlerContext {
  store(): PortfolioStore;
  clock: Clock;
  newId: IdGenerator;
}
