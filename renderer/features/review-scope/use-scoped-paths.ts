import { useMemo } from 'react';
import { candidatePaths, paths, type PortfolioPaths } from '../../app/paths';
import { usePortfolioScope } from './portfolio-scope';

/**
 * The addresses of the portfolio's own screens in the current scope, so a link inside a page
 * stays under `/candidates/<id>` when a mentor reads a candidate's copy.
 */
export function useScopedPaths(): PortfolioPaths {
  const scope = usePortfolioScope();
  const portfolioId = scope.kind === 'candidate' ? scope.portfolioId : null;
  return useMemo(() => (portfolioId === null ? paths : candidatePaths(portfolioId)), [portfolioId]);
}
