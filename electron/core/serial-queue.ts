/**
 * Work that must not overlap (saves of one file, commits that each decide against what the one
 * before left) runs through a queue: tasks start one at a time, in the order given. A failed task
 * rejects only its own caller, so one bad save never blocks the ones after it.
 */
export class SerialQueue {
  /** Settles after the last queued task; never rejects, so a failure stays with its caller. */
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(() => task());
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled (a closing owner waits on this). */
  async idle(): Promise<void> {
    await this.tail;
  }
}

/**
 * One SerialQueue per key (a record id): tasks for one key run one at a time, different keys
 * run side by side. A key's queue is dropped once its work is done, so ids never pile up.
 */
export class KeyedSerialQueue {
  private readonly queues = new Map<string, { queue: SerialQueue; pending: number }>();

  run<T>(key: string, task: () => T | Promise<T>): Promise<T> {
    let entry = this.queues.get(key);
    if (!entry) {
      entry = { queue: new SerialQueue(), pending: 0 };
      this.queues.set(key, entry);
    }
    const current = entry;
    current.pending += 1;
    const result = current.queue.run(task);
    const settled = () => {
      current.pending -= 1;
      if (current.pending === 0 && this.queues.get(key) === current) this.queues.delete(key);
    };
    void result.then(settled, settled);
    return result;
  }

  /** How many keys have work queued or running. */
  get size(): number {
    return this.queues.size;
  }

  /** Resolves once every task queued so far, under any key, has settled. */
  async idle(): Promise<void> {
    await Promise.all([...this.queues.values()].map(({ queue }) => queue.idle()));
  }
}
