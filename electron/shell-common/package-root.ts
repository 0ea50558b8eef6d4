import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the app's package.json, found by walking up from a module. It works the same
 * from the TypeScript sources (electron/host/) and from the bundle (dist/electron/).
 */
export function findPackageRoot(fromModuleUrl: string): string {
  const start = dirname(fileURLToPath(fromModuleUrl));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) {
      throw new Error(`No package.json above ${start}: the app's files are incomplete.`);
    }
  }
}

/** The `version` of the app's package.json, as the core reports it in app-info. */
export function readAppVersion(packageRoot: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest
      ? manifest.version
      : undefined;
  if (typeof version !== 'string') {
    throw new Error(`${join(packageRoot, 'package.json')} has no version.`);
  }
  return version;
}

/** Where `npm run build:renderer` puts the renderer (vite.config.ts: build.outDir). */
export function builtRendererDir(packageRoot: string): string {
  return join(packageRoot, 'dist', 'renderer');
}
