// A writer to be killed: opens the store in the folder given as its argument and saves forever,
// printing `ready N` once open and `saved N` after each save is acknowledged, where N is the
// save counter kept in the portfolio itself (profile.name = "write N").
// The tests bundle it with esbuild and run it with plain node (see writer-process.ts).
import { systemClock } from '../../../electron/core/platform';
import { openTestStore } from './store-fixtures';

const counterOf = (name: string) => Number(/^write (\d+)$/.exec(name)?.[1] ?? 0);

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-writer <data folder>');

const { store } = await openTestStore(dir, systemClock);
let count = counterOf(store.get().profile.name);
process.stdout.write(`ready ${count}\n`);
for (;;) {
  count = await store.update((draft) => {
    const next = counterOf(draft.profile.name) + 1;
    draft.profile.name = `write ${next}`;
    return next;
  });
  process.stdout.write(`saved ${count}\n`);
}
