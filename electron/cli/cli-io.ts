import type { Clock, IdGenerator } from '../core';

export interface TextSink {
  write(text: string): unknown;
}

/** Everything the command line touches outside the data folder, so tests can run it in-process. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Defaults: the system clock, random ids, this machine's platform and home folder. */
  clock?: Clock;
  newId?: IdGenerator;
  platform?: NodeJS.Platform;
  homedir?: string;
}
