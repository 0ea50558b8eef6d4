import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const projectRoot = path.resolve(import.meta.dirname, '../../..');

export interface BuiltAppOptions {
  /** Bundles to build, as named by build/build-electron.mjs. */
  bundles: string[];
  /** What stands in for node_modules/electron: a folder to copy, or nothing at all. */
  electronModule: string | null;
}

/**
 * A copy of the app as `npm start` or electron-builder sees it after the build: package.json,
 * dist/electron/ (built by the real build script), a one-line built page, and a node_modules
 * that links every package the bundles import — except `electron`, which is what the test says.
 */
export async function builtApp(dir: string, options: BuiltAppOptions): Promise<string> {
  const outdir = path.join(dir, 'dist', 'electron');
  await run(
    process.execPath,
    ['build/build-electron.mjs', '--outdir', outdir, '--only', options.bundles.join(',')],
    { cwd: projectRoot },
  );
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'built-app', version: '9.8.7', type: 'module' }),
  );
  await mkdir(path.join(dir, 'dist', 'renderer'), { recursive: true });
  await writeFile(
    path.join(dir, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Built page</title>',
  );

  const packages = new Set<string>();
  for (const bundle of options.bundles) {
    const file = bundle === 'preload' ? 'preload.cjs' : `${bundle}.js`;
    const code = await readFile(path.join(outdir, file), 'utf8');
    for (const match of code.matchAll(/^import [^;]* from "([^".][^"]*)";$/gm)) {
      const name = match[1] ?? '';
      if (name.startsWith('node:')) continue;
      packages.add(
        name
          .split('/')
          .slice(0, name.startsWith('@') ? 2 : 1)
          .join('/'),
      );
    }
  }
  packages.delete('electron');
  for (const name of packages) {
    const link = path.join(dir, 'node_modules', name);
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(path.join(projectRoot, 'node_modules', name), link, 'dir');
  }
  if (options.electronModule !== null) {
    await cp(options.electronModule, path.join(dir, 'node_modules', 'electron'), {
      recursive: true,
    });
  }
  return dir;
}
