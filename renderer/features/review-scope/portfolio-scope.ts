import { createContext, useContext } from 'react';

/**
 * Whose portfolio the page shows: the user's own (a candidate) or a candidate's imported copy,
 * opened by a mentor or instructor under `/candidates/<portfolioId>/…`. The candidate's screens
 * are the same components in both; in a candidate's scope they are read-only and the review
 * slots (ReviewSlots.tsx) show the reviewer's tools instead of the feedback received.
 */
export type PortfolioScope = { kind: 'own' } | { kind: 'candidate'; portfolioId: string };

export const OWN_SCOPE: PortfolioScope = { kind: 'own' };

export const PortfolioScopeContext = createContext<PortfolioScope>(OWN_SCOPE);

export function usePortfolioScope(): PortfolioScope {
  return useContext(PortfolioScopeContext);
}
