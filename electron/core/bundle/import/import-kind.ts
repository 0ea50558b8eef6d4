import type { ImportAs, ImportKind } from '@shared/bundle/import-summary';
import { UserError } from '../../errors';

export interface ImportSituation {
  bundlePortfolioId: string;
  ownPortfolioId: string;
  /** The own portfolio holds no work yet (isUnstartedPortfolio). */
  ownUnstarted: boolean;
  /** "Reviewed portfolios" already holds a copy of the bundle's portfolio. */
  reviewedCopy: boolean;
}

/**
 * What importing a bundle means here. The own portfolio's bundle is merged. Someone else's goes
 * to "Reviewed portfolios" (a newer copy replaces the old one), unless this computer's portfolio
 * is still unstarted and no copy is reviewed here: then, by default, it becomes this computer's
 * portfolio (a candidate's second computer), and `as` may still choose either way.
 */
export function decideImportKind(situation: ImportSituation, as?: ImportAs): ImportKind {
  const review: ImportKind = situation.reviewedCopy ? 'review-update' : 'review-new';
  if (situation.bundlePortfolioId === situation.ownPortfolioId) {
    if (as === 'review') {
      throw new UserError(
        'invalid-input',
        'This bundle is of your own portfolio: it can only be merged into it, not added to the reviewed portfolios.',
      );
    }
    return 'merge';
  }
  if (as === 'mine') {
    if (!situation.ownUnstarted) {
      throw new UserError(
        'invalid-input',
        'This computer already holds your own portfolio, so another one cannot become yours: import the bundle as a reviewed portfolio.',
      );
    }
    return 'adopt';
  }
  if (as === 'review' || situation.reviewedCopy || !situation.ownUnstarted) return review;
  return 'adopt';
}
