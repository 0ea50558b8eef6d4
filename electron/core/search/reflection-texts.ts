import type { Reflection } from '@shared/domain/reflection';
import type { ReflectionStore } from '../reflections/reflection-store';
import { reflectionPlainText } from '../reflections/reflection-summary';
import { mapLimited } from '../store/map-limited';

/**
 * Few at a time: this runs while the user works, and each file is also validated on the way in;
 * small steps keep the core answering other requests in between.
 */
const READ_CONCURRENCY = 8;

/**
 * The plain text of every live reflection, which search needs and memory no longer keeps (the
 * store holds summaries). Read in the background once the store is open, every file validated;
 * from then on every saved revision arrives through the store's change events. A file found
 * damaged here is left alone (no text) until the user opens it and is told.
 */
export class ReflectionTexts {
  private readonly texts = new Map<string, string>();
  private readonly unsubscribe: () => void;
  private stopped = false;
  /** Resolves once every reflection live at open has been read. Never rejects. */
  readonly ready: Promise<void>;

  constructor(private readonly reflections: ReflectionStore) {
    this.unsubscribe = reflections.onChange((r) => this.texts.set(r.id, reflectionPlainText(r)));
    this.ready = this.readAll();
  }

  /** The text of reflection `id`; empty when it could not be read. */
  text(id: string): string {
    return this.texts.get(id) ?? '';
  }

  /** Stop reading (what is in flight finishes) and stop following changes. */
  async close(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    await this.ready;
  }

  private async readAll(): Promise<void> {
    // After the open that created us has answered: nobody waits for this.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const ids = this.reflections
      .all()
      .filter((r) => r.deletedAt === null)
      .map((r) => r.id);
    await mapLimited(ids, READ_CONCURRENCY, async (id) => {
      if (this.stopped || this.texts.has(id)) return;
      const reflection: Reflection | null = await this.reflections.readIfValid(id);
      // A save while this read waited already put the newer text in.
      if (reflection && !this.texts.has(id)) this.texts.set(id, reflectionPlainText(reflection));
    });
  }
}
