import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import type { ArtifactFiles } from '../../../renderer/api/artifact-files';
import type { BundleFiles } from '../../../renderer/api/bundle-files';
import { createInvoke } from '../../../renderer/api/client';
import type { Transport } from '../../../renderer/api/transport';
import { App } from '../../../renderer/app/App';
import { preloadPages } from '../../../renderer/app/lazy-page';

// Pages load on first use; loading all of them here, once per test file, keeps a test's waits
// about what the page does rather than how long its code takes to load.
await preloadPages();

/** The whole renderer over `transport`, starting at `path` (a memory router instead of the hash). */
export function renderApp(
  transport: Transport,
  path = '/',
  artifactFiles?: ArtifactFiles,
  bundleFiles?: BundleFiles,
) {
  const user = userEvent.setup();
  const view = render(
    <App
      invoke={createInvoke(transport)}
      artifactFiles={artifactFiles}
      bundleFiles={bundleFiles}
      createRouter={(routes) => createMemoryRouter(routes, { initialEntries: [path] })}
    />,
  );
  return { user, ...view };
}
