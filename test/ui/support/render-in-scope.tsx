import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { ApiProvider } from '../../../renderer/api/api-context';
import { createInvoke } from '../../../renderer/api/client';
import type { Transport } from '../../../renderer/api/transport';
import { UndoProvider } from '../../../renderer/components/UndoProvider';
import { createQueryClient } from '../../../renderer/data/query-client';
import { PortfolioScopeContext } from '../../../renderer/features/review-scope/portfolio-scope';

/**
 * `ui` as a candidate's screen places it: inside the scope of the candidate's copy
 * `portfolioId` (a mentor's view), over the real core behind `transport`.
 */
export function renderInCandidateScope(
  transport: Transport,
  portfolioId: string,
  ui: ReactElement,
) {
  const user = userEvent.setup();
  const view = render(
    <ApiProvider invoke={createInvoke(transport)}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <UndoProvider>
            <PortfolioScopeContext value={{ kind: 'candidate', portfolioId }}>
              {ui}
            </PortfolioScopeContext>
          </UndoProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </ApiProvider>,
  );
  return { user, ...view };
}
