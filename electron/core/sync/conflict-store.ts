import type { ConflictChoice, ConflictView } from '@shared/sync/conflict';
import { describeConflict } from '@shared/sync/describe-conflict';
import { findLocalRecord } from '@shared/sync/record-kinds';
import { resolveConflict } from '@shared/sync/resolve-conflict';
import type { Reflection } from '@shared/domain/reflection';
import { UserError } from '../errors';
import type { Clock, IdGenerator } from '../platform';
import type { ReflectionStore } from '../reflections/reflection-store';
import { SerialQueue } from '../serial-queue';
import type { PortfolioStore } from '../store/portfolio-store';
import { readConflicts, writeConflicts } from './conflicts-file';

export interface ConflictStoreDeps {
  dataDir: string;
  /** The own portfolio's stores (conflicts belong to it, never to the sample). */
  store: () => PortfolioStore;
  reflections: () => ReflectionStore;
  clock: Clock;
  newId: IdGenerator;
}

/**
 * The Conflicts page's data: records changed on two computers, kept in `<data>/conflicts.json`
 * until the user keeps mine, theirs or both. Resolving writes through the live stores, so the
 * screens see the result at once.
 */
export class ConflictStore {
  /** Resolutions run one at a time: each reads the list the one before it wrote. */
  private readonly resolutions = new SerialQueue();

  constructor(private readonly deps: ConflictStoreDeps) {}

  async list(): Promise<ConflictView[]> {
    const conflicts = await readConflicts(this.deps.dataDir);
    const portfolio = this.deps.store().get();
    const views: ConflictView[] = [];
    for (const conflict of conflicts) {
      const local = await this.localReflection(conflict.recordKind, conflict.recordId);
      const mine = findLocalRecord(
        portfolio,
        local ? [local] : [],
        conflict.recordKind,
        conflict.recordId,
      );
      // A conflict is only ever noted for a record both sides hold, and records are never
      // removed (tombstones): one without its local record is left out rather than shown half.
      if (mine) views.push(describeConflict(conflict, mine, portfolio.program));
    }
    return views;
  }

  resolve(id: string, keep: ConflictChoice): Promise<ConflictView[]> {
    return this.resolutions.run(() => this.resolveNow(id, keep));
  }

  private async resolveNow(id: string, keep: ConflictChoice): Promise<ConflictView[]> {
    const { dataDir, clock, newId } = this.deps;
    const conflicts = await readConflicts(dataDir);
    const conflict = conflicts.find((c) => c.id === id);
    if (!conflict) {
      throw new UserError(
        'not-found',
        'That conflict is no longer waiting; it may have been resolved already. Reload the list.',
      );
    }
    const localReflection = await this.localReflection(conflict.recordKind, conflict.recordId);
    const store = this.deps.store();
    // The portfolio store's update validates and saves the returned portfolio whole.
    const resolved = await store.update((draft) => {
      const result = resolveConflict({
        portfolio: draft,
        localReflection: localReflection ?? null,
        conflict,
        keep,
        now: clock.now(),
        newId,
      });
      Object.assign(draft, result.portfolio);
      return result;
    });
    for (const reflection of resolved.reflections) await this.deps.reflections().put(reflection);
    await writeConflicts(
      dataDir,
      conflicts.filter((c) => c.id !== id),
    );
    return this.list();
  }

  private async localReflection(kind: string, id: string): Promise<Reflection | undefined> {
    if (kind !== 'reflection') return undefined;
    const reflections = this.deps.reflections();
    if (!reflections.find(id)) return undefined;
    return reflections.read(id, { includeDeleted: true });
  }
}
