import { describe, expect, it } from 'vitest';
import { KeyedSerialQueue, SerialQueue } from '../../../electron/core/serial-queue';

/** A task that finishes only when the test says so, to hold a queue busy. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('SerialQueue', () => {
  it('runs tasks one at a time, in the order given', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const first = gate();
    const a = queue.run(async () => {
      log.push('a starts');
      await first.opened;
      log.push('a ends');
      return 'a';
    });
    const b = queue.run(() => {
      log.push('b runs');
      return 'b';
    });
    await Promise.resolve();
    expect(log).toEqual(['a starts']);
    first.open();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('rejects only the failed task and runs the ones after it', async () => {
    const queue = new SerialQueue();
    const failed = queue.run(async () => {
      throw new Error('disk full');
    });
    const thrownSync = queue.run(() => {
      throw new Error('bad input');
    });
    const later = queue.run(() => 'saved');
    await expect(failed).rejects.toThrow('disk full');
    await expect(thrownSync).rejects.toThrow('bad input');
    expect(await later).toBe('saved');
  });

  it('idle waits for the work queued before it, and never rejects', async () => {
    const queue = new SerialQueue();
    const held = gate();
    let finished = false;
    void queue.run(async () => {
      await held.opened;
      finished = true;
    });
    queue.run(() => Promise.reject(new Error('lost'))).catch(() => undefined);
    const idle = queue.idle().then(() => finished);
    held.open();
    expect(await idle).toBe(true);
  });
});

describe('KeyedSerialQueue', () => {
  it('serialises one key and lets other keys run alongside', async () => {
    const queue = new KeyedSerialQueue();
    const log: string[] = [];
    const held = gate();
    const a1 = queue.run('a', async () => {
      log.push('a1 starts');
      await held.opened;
      log.push('a1 ends');
    });
    const a2 = queue.run('a', () => void log.push('a2 runs'));
    const b1 = queue.run('b', () => void log.push('b1 runs'));
    await b1;
    expect(log).toEqual(['a1 starts', 'b1 runs']);
    held.open();
    await Promise.all([a1, a2]);
    expect(log).toEqual(['a1 starts', 'b1 runs', 'a1 ends', 'a2 runs']);
  });

  it('keeps going after a failure under the same key', async () => {
    const queue = new KeyedSerialQueue();
    const failed = queue.run('r1', () => Promise.reject(new Error('locked')));
    const next = queue.run('r1', () => 'written');
    await expect(failed).rejects.toThrow('locked');
    expect(await next).toBe('written');
  });

  it('idle waits for every key, then holds no key', async () => {
    const queue = new KeyedSerialQueue();
    const held = gate();
    const done: string[] = [];
    for (const key of ['x', 'y']) {
      queue
        .run(key, async () => {
          await held.opened;
          done.push(key);
        })
        .catch(() => undefined);
    }
    queue.run('y', () => Promise.reject(new Error('failed'))).catch(() => undefined);
    expect(queue.size).toBe(2);
    const idle = queue.idle().then(() => [...done]);
    held.open();
    expect(await idle).toEqual(['x', 'y']);
    await queue.idle();
    expect(queue.size).toBe(0);
  });
});
