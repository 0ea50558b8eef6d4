import { afterEach, beforeEach } from 'vitest';
import { skipWelcome } from './arrange';
import { openTestCore, type TestCore } from './test-core';

export interface CorePerTestOptions {
  /** 'shown' leaves the first-run welcome in place; by default it is skipped. */
  welcome?: 'skipped' | 'shown';
}

/**
 * A fresh real core in its own temp folder for every test of the file: opened (past the welcome,
 * unless asked otherwise) before each test, closed and deleted after it. Call it at the top of
 * the file; the object it returns always stands for the current test's core.
 */
export function corePerTest({ welcome = 'skipped' }: CorePerTestOptions = {}): TestCore {
  let current: TestCore | null = null;
  beforeEach(async () => {
    current = await openTestCore();
    if (welcome === 'skipped') await skipWelcome(current);
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  const core = (): TestCore => {
    if (current === null) throw new Error('corePerTest(): the core exists only inside a test.');
    return current;
  };
  return {
    get dir() {
      return core().dir;
    },
    get artifactFiles() {
      return core().artifactFiles;
    },
    get bundleFiles() {
      return core().bundleFiles;
    },
    transport: (channel, input) => core().transport(channel, input),
    call: (channel, input) => core().call(channel, input),
    close: () => core().close(),
  };
}
