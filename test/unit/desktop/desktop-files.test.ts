import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT, RecentFiles } from '../../../electron/main/desktop/recent-files';
import { RotatingLog } from '../../../electron/main/desktop/rotating-log';
import { problemReportText } from '../../../electron/main/desktop/problem-report';
import { makeTempDir } from '../../support/temp-dir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-desktop-');
});
afterEach(async () => {
  await temp.remove();
});

describe('the log file', () => {
  it('appends one line per event and rotates by size, keeping a bounded number of files', async () => {
    const dir = join(temp.path, 'logs');
    const log = new RotatingLog(dir, {
      maxBytes: 1000,
      keep: 2,
      now: () => new Date('2026-12-05T10:00:00Z'),
    });
    for (let i = 0; i < 200; i += 1) log.write('info', `event ${i}\nwith a second line`);
    expect((await readdir(dir)).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const name of await readdir(dir))
      expect((await stat(join(dir, name))).size).toBeLessThanOrEqual(1000);
    const current = (await readFile(join(dir, 'main.log'), 'utf8')).trimEnd().split('\n');
    expect(current.at(-1)).toBe('2026-12-05T10:00:00.000Z INFO event 199 ⏎ with a second line');
    // The tail reads across the rotation, oldest first.
    const tail = log.tail(30);
    expect(tail).toHaveLength(30);
    expect(tail.at(-1)).toContain('event 199');
    expect(tail[0]).toContain(`event ${199 - 29}`);
  });

  it('never stops the app when the log cannot be written', async () => {
    const blocked = join(temp.path, 'a-file');
    await writeFile(blocked, 'not a folder');
    const log = new RotatingLog(join(blocked, 'logs'));
    expect(() => log.write('error', 'lost')).not.toThrow();
    expect(log.tail(5)).toEqual([]);
  });
});

describe('recent files', () => {
  it('keeps the newest first, each once, at most ten, and lists only files still there', async () => {
    const file = join(temp.path, 'recent.json');
    const present = new Set<string>();
    const recent = new RecentFiles(file, (p) => present.has(p));
    for (let i = 0; i < 12; i += 1) {
      present.add(`/b/${i}.ctoportfolio`);
      await recent.add(`/b/${i}.ctoportfolio`);
    }
    await recent.add('/b/5.ctoportfolio');
    expect(recent.list()).toHaveLength(MAX_RECENT);
    expect(recent.list().slice(0, 3)).toEqual([
      '/b/5.ctoportfolio',
      '/b/11.ctoportfolio',
      '/b/10.ctoportfolio',
    ]);
    present.delete('/b/11.ctoportfolio');
    const before = await readFile(file, 'utf8');
    expect(recent.list()).not.toContain('/b/11.ctoportfolio');
    expect(await readFile(file, 'utf8')).toBe(before); // reading never writes
    await recent.clear();
    expect(recent.list()).toEqual([]);
  });

  it('treats a damaged file as empty without touching it, and replaces it on the next open', async () => {
    const file = join(temp.path, 'recent.json');
    await writeFile(file, '{"files": [42');
    const recent = new RecentFiles(file, () => true);
    expect(recent.list()).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe('{"files": [42');
    await recent.add('/b/x.ctoreview');
    expect(recent.list()).toEqual(['/b/x.ctoreview']);
    expect(existsSync(file)).toBe(true);
  });
});

describe('the problem report', () => {
  it('has the versions and the last log lines, with no folder, file name or e-mail address of the user', () => {
    const text = problemReportText({
      appName: 'CTO Mentor Portfolio',
      versions: { app: '0.1.0', electron: '45.5.0', chrome: '140.0', node: '22.20.0' },
      system: 'linux 6.8.0 (x64)',
      privatePaths: [
        { path: '/home/jrivera', label: '<home>' },
        { path: '/home/jrivera/.config/CTO Mentor Portfolio', label: '<data>' },
      ],
      logLines: [
        '2026-12-05T10:00:00.000Z INFO opened /home/jrivera/Downloads/Jordan Rivera portfolio.ctoportfolio',
        '2026-12-05T10:00:01.000Z ERROR could not write /home/jrivera/.config/CTO Mentor Portfolio/portfolio.json',
        '2026-12-05T10:00:02.000Z WARN mail from jordan.rivera@mesaverde.k12.ca.us bounced',
      ],
      now: new Date('2026-12-05T11:00:00Z'),
    });
    expect(text).toContain('Electron: 45.5.0');
    expect(text).toContain('System: linux 6.8.0 (x64)');
    expect(text).toContain('ERROR could not write <data>/<file>.json');
    expect(text).toContain('WARN mail from <email> bounced');
    for (const secret of ['jrivera', 'Jordan', 'Rivera', 'mesaverde', '.config']) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
