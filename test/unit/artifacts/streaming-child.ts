// Run in its own process by streaming-memory.test.ts: add the file named in argv[2] to a fresh
// library in argv[3] while sampling memory, then print one JSON line with the figures.
import { openLibrary } from './library-fixture';

const [file, data] = process.argv.slice(2) as [string, string];
const lib = await openLibrary(data);
globalThis.gc?.();
const before = process.memoryUsage();
let peakRss = before.rss;
let peakHeap = before.heapUsed;
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  peakRss = Math.max(peakRss, now.rss);
  peakHeap = Math.max(peakHeap, now.heapUsed);
}, 10);
const [artifact] = await lib.library.addPaths([file]);
clearInterval(sampler);
await lib.close();
console.log(
  JSON.stringify({
    size: artifact!.size,
    sha256: artifact!.sha256,
    rssGrowth: peakRss - before.rss,
    heapGrowth: peakHeap - before.heapUsed,
  }),
);
