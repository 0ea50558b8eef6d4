import type { ReviewedPortfolio } from '@shared/bundle/reviewed-portfolio';
import { reviewedStrings } from './strings';

/** The candidate's name as the pages show it; a bundle may come without one. */
export const reviewedName = (portfolio: ReviewedPortfolio): string =>
  portfolio.origin.name.trim() || reviewedStrings.unnamed;
