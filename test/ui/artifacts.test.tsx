import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();

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

    await user.click(screen.getByText('Link a reflection (1 more)', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Planning' }));
    await waitFor(async () =>
      expect((await core.call('reflection-get', { id: reflection.id })).artifactIds).toEqual([
        artifact!.id,
      ]),
    );
    // Linked, it is listed once: as a link with Unlink, no longer among the ones to tick.
    expect(await screen.findByRole('link', { name: 'Planning' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Planning' })).toBeNull();
    expect(screen.getAllByText('Planning')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Unlink: Planning' }));
    await waitFor(async () =>
      expect((await core.call('reflection-get', { id: reflection.id })).artifactIds).toEqual([]),
    );
    expect(await screen.findByText('No reflection mentions this artifact yet.')).toBeTruthy();
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

  it('previews a PDF in a frame of its own address, titled with the artifact, link below', async () => {
    const [pdf] = await core.call('artifact-add-paths', {
      paths: [await writeTempFile('board report.pdf', '%PDF-1.4\n%%EOF\n')],
    });
    renderApp(core.transport, `/artifacts/${pdf!.id}`, core.artifactFiles);
    const preview = await screen.findByRole('region', { name: 'Preview' });

    const frame = within(preview).getByTitle('Preview of board report');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe(core.artifactFiles.url(pdf!.id));
    const link = within(preview).getByRole('link', { name: 'Open the PDF' });
    expect(link.getAttribute('href')).toBe(core.artifactFiles.url(pdf!.id));
  });

  it('plays sound and video in the page with the native controls', async () => {
    const [talk, demo] = await core.call('artifact-add-paths', {
      paths: [await writeTempFile('talk.mp3', 'ID3'), await writeTempFile('demo.webm', 'webm')],
    });
    const view = renderApp(core.transport, `/artifacts/${talk!.id}`, core.artifactFiles);
    const audio = await screen.findByLabelText('Preview of talk');
    expect(audio.tagName).toBe('AUDIO');
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(audio.getAttribute('src')).toBe(core.artifactFiles.url(talk!.id));
    view.unmount();

    renderApp(core.transport, `/artifacts/${demo!.id}`, core.artifactFiles);
    const video = await screen.findByLabelText('Preview of demo');
    expect(video.tagName).toBe('VIDEO');
    expect(video.getAttribute('src')).toBe(core.artifactFiles.url(demo!.id));
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
