import { join } from 'node:path';
import type { Portfolio } from '@shared/domain/portfolio';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import type { Clock, IdGenerator } from './platform';
import { buildSamplePortfolio } from './sample/sample-portfolio';
import { openPortfolioStore } from './store/open-portfolio-store';
import type { PortfolioStore } from './store/portfolio-store';

export type WorkspaceKind = 'own' | 'sample';

/** The sample lives in its own folder inside the data folder, so trying it never touches real work. */
export const SAMPLE_FOLDER = 'sample';

/**
 * Which portfolio the app is showing: the user's own, or the sample. Both are full stores; the
 * sample is opened on demand and closed (lock released) when the user returns.
 */
export class Workspace {
  private sample: PortfolioStore | null = null;

  private constructor(
    private readonly own: PortfolioStore,
    readonly notice: string | null,
    private readonly deps: { dataDir: string; clock: Clock; newId: IdGenerator },
  ) {}

  static async open(deps: {
    dataDir: string;
    clock: Clock;
    newId: IdGenerator;
  }): Promise<Workspace> {
    const { store, notice } = await openPortfolioStore({
      dir: deps.dataDir,
      clock: deps.clock,
      createInitial: (): Portfolio =>
        newPortfolio({ template: DEFAULT_PROGRAM, now: deps.clock.now(), newId: deps.newId }),
    });
    return new Workspace(store, notice, deps);
  }

  get kind(): WorkspaceKind {
    return this.sample ? 'sample' : 'own';
  }

  active(): PortfolioStore {
    return this.sample ?? this.own;
  }

  async openSample(): Promise<void> {
    if (this.sample) return;
    const { dataDir, clock, newId } = this.deps;
    const { store } = await openPortfolioStore({
      dir: join(dataDir, SAMPLE_FOLDER),
      clock,
      createInitial: () => buildSamplePortfolio({ now: clock.now(), newId }),
    });
    this.sample = store;
  }

  async closeSample(): Promise<void> {
    const sample = this.sample;
    this.sample = null;
    await sample?.close();
  }

  async close(): Promise<void> {
    await this.closeSample();
    await this.own.close();
  }
}
