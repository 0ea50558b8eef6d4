import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skipWelcome } from './support/arrange';
import { renderApp } from './support/render-app';
import { openTestCore, type TestCore } from './support/test-core';

let core: TestCore;
beforeEach(async () => {
  core = await openTestCore();
  await skipWelcome(core);
});
afterEach(async () => {
  await core.close();
});

const liveArtifacts = async () =>
  (await core.call('portfolio-get', {})).artifacts.filter((a) => a.deletedAt === null);

describe('artifacts', () => {
  it('adds several chosen files at once and lists them with type and size', async () => {
    const { user } = renderApp(core.transport, '/artifacts', core.artifactFiles);
    const input = await screen.findByLabelText('Add files: drop them here, or choose files');
    await user.upload(input, [
      new File(['col1,col2\n1,2\n'], 'budget.csv', { type: 'text/csv' }),
      new File(['notes'], 'notes.txt', { type: 'text/plain' }),
    ]);

    await screen.findByText('Added notes.txt.', { selector: 'li *' });
    const grid = await screen.findByRole('link', { name: 'budget' });
    expect(grid).toBeTruthy();
    const card = screen.getByRole('listitem', { name: 'notes' });
    expect(within(card).getByText('TXT')).toBeTruthy();
    expect(within(card).getByText('5 bytes')).toBeTruthy();
    expect((await liveArtifacts()).map((a) => a.fileName).sort()).toEqual([
      'budget.csv',
      'notes.txt',
    ]);
  });

  it('saves edited details and links the artifact to a reflection from its page', async () => {
    const [artifact] = await core.call('artifact-add-paths', {
      paths: [await writeTempFile('plan.txt', 'A plan')],
    });
    const reflection = await core.call('reflection-create', { title: 'Planning' });
    const { user } = renderApp(core.transport, `/artifacts/${artifact!.id}`, core.artifactFiles);
    await screen.findByRole('heading', { level: 1, name: 'plan' });

    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Technology plan');
    await user.type(screen.getByLabelText('Tags'), 'planning, board,  planning');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    await screen.findByText('Details saved.');
    const [saved] = await liveArtifacts();
    expect(saved).toMatchObject({ title: 'Technology plan', tags: ['planning', 'board'] });

    await user.click(screen.getByText('Reflections', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Planning' }));
    await waitFor(async () =>
      expect((await core.call('reflection-get', { id: reflection.id })).artifactIds).toEqual([
        artifact!.id,
      ]),
    );
    expect(await screen.findByRole('link', { name: 'Planning' })).toBeTruthy();
  });

  it('removes an artifact with a tombstone and brings it back with Undo', async () => {
    const [artifact] = await core.call('artifact-add-paths', {
      paths: [await writeTempFile('memo.txt', 'Memo')],
    });
    const { user } = renderApp(core.transport, `/artifacts/${artifact!.id}`, core.artifactFiles);
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    await screen.findByRole('heading', { level: 1, name: 'Artifacts' });
    expect(await liveArtifacts()).toHaveLength(0);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByRole('link', { name: 'memo' });
    expect(await liveArtifacts()).toHaveLength(1);
  });
});

async function writeTempFile(name: string, content: string): Promise<string> {
  const { writeFile, mkdtemp } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(core.dir, 'src-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
