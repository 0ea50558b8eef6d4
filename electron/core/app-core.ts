// Placeholder signature, implemented by the core service work: see openCore below.
import type { Handlers } from '@shared/contract/contract';
import type { Clock, IdGenerator } from './platform';

export interface CoreOptions {
  /** The data folder of the user's own portfolio. */
  dataDir: string;
  host: 'electron' | 'browser';
  appVersion: string;
  clock?: Clock;
  newId?: IdGenerator;
}

export interface Core {
  handlers: Handlers;
  /** Flush and release the data folder's lock. */
  close(): Promise<void>;
}

export declare function openCore(options: CoreOptions): Promise<Core>;
