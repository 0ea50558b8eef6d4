/**
 * Benchmarks print figures; they never fail a test run. Each `*.bench.ts` exports a default
 * function that receives a reporter and calls `row` once per figure, next to a baseline measured
 * in the same run where one makes sense.
 */
export interface BenchRow {
  /** What was measured, e.g. "store: one save (write, fsync, rename), median". */
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 'MB/s' | 'bytes' | 'ratio' | 'count';
  /** The target, printed beside the figure, e.g. "<= 30 ms". */
  target?: string;
  /** The same-run baseline, e.g. { name: 'fs.writeFile + fsync', value: 4.2 }. */
  baseline?: { name: string; value: number };
}

export interface BenchReporter {
  row(row: BenchRow): void;
  /** A temp folder for this benchmark, removed afterwards. */
  tempDir: string;
}

export type Bench = (reporter: BenchReporter) => Promise<void>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
