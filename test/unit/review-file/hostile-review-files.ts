import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { newRecordMeta } from '@shared/domain/record';
import { hostileIdArb } from '../../support/hostile-ids';
import { json, writeYazlZip, type TestEntry } from '../bundle/bundle-fixtures';
import { HOSTILE_BUNDLES } from '../import/hostile-bundles';
import { finalReport, threadWith } from './review-file-fixture';

/** One hostile review file: how to write it at a path. */
export interface HostileReview {
  name: string;
  write(path: string): Promise<void>;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const AT = new Date('2026-11-10T09:00:00.000Z');
export const REVIEWER = { reviewerId: 'mentor-7', name: 'Morgan Reyes', role: 'mentor' as const };

/** A valid review.json for `portfolioId` as the exporter writes it (edited by each class). */
export function validReviewData(portfolioId: string, exportedAt = AT.toISOString()) {
  return {
    format: 'cto-review',
    formatVersion: 1,
    portfolioId,
    candidateName: 'Jordan Lee',
    reviewer: REVIEWER,
    exportedAt,
    layer: {
      evaluations: [
        {
          ...newRecordMeta('eval-1', AT),
          assignmentId: 'assignment-1',
          result: 'passed',
          rubric: [],
          comment: 'Good.',
        },
      ],
      threads: [threadWith('thread-1', 'reflection-1', 2, AT)],
      attendance: [],
      workStudy: [],
      reports: [finalReport('report-1', '2026-10', AT)],
    },
  };
}
type Data = ReturnType<typeof validReviewData>;

/** Entries of a review file: the manifest (edited by `manifestEdit`) listing review.json. */
export function reviewEntries(
  data: unknown,
  manifestEdit: (manifest: Record<string, unknown>) => unknown = (m) => m,
  dataBytes: Buffer = json(data),
): TestEntry[] {
  const d = data as Data;
  const manifest = {
    format: 'cto-portfolio-review-file',
    formatVersion: 1,
    appVersion: '0.0.0-test',
    portfolioId: d.portfolioId,
    reviewer: d.reviewer,
    exportedAt: d.exportedAt,
    files: [{ path: 'review.json', size: dataBytes.length, sha256: sha256(dataBytes) }],
    signature: null,
  };
  return [
    { name: 'manifest.json', data: json(manifestEdit(manifest)) },
    { name: 'review.json', data: dataBytes },
  ];
}

const yazl = (entries: () => TestEntry[]) => (path: string) => writeYazlZip(path, entries());

/** The zip-level classes of the bundle corpus: a review file is read by the same primitives. */
const ZIP_CLASSES = new Set([
  'not a zip',
  'zip-slip ../x',
  'an absolute path',
  'a backslash path',
  'a bomb declaring 10 GB',
  '200,000 tiny entries',
  'duplicate names',
]);

/** Every fixed class, for `portfolioId` (the candidate's own: only the flaw is refused). */
export function hostileReviewClasses(portfolioId: string): HostileReview[] {
  const data = () => validReviewData(portfolioId);
  const edited = (edit: (d: Data) => unknown) => yazl(() => reviewEntries(edit(data())));
  return [
    ...HOSTILE_BUNDLES.filter((b) => ZIP_CLASSES.has(b.name)),
    {
      name: 'a truncated review file',
      async write(path) {
        await writeYazlZip(path, reviewEntries(data()));
        const bytes = await readFile(path);
        await writeFile(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      },
    },
    {
      name: 'a symlink entry',
      write: yazl(() => [
        ...reviewEntries(data()),
        { name: 'link', data: Buffer.from('/etc/passwd'), mode: 0o120777 },
      ]),
    },
    {
      name: 'review.json deflated from 20 MB of spaces',
      write: yazl(() => reviewEntries(data(), (m) => m, Buffer.alloc(20 * 1024 ** 2, 0x20))),
    },
    {
      name: 'a hash mismatch',
      write: yazl(() => {
        const entries = reviewEntries(data());
        entries[1]!.data = json({ ...data(), candidateName: 'Someone else' }).subarray(
          0,
          entries[1]!.data.length,
        );
        return entries;
      }),
    },
    { name: 'no review.json', write: yazl(() => reviewEntries(data()).slice(0, 1)) },
    {
      name: 'an unlisted extra file',
      write: yazl(() => [...reviewEntries(data()), { name: 'x.txt', data: Buffer.from('hi') }]),
    },
    {
      name: 'a newer format version',
      write: yazl(() => reviewEntries(data(), (m) => ({ ...m, formatVersion: 2 }))),
    },
    {
      name: 'a signed review (not in v1)',
      write: yazl(() => reviewEntries(data(), (m) => ({ ...m, signature: { alg: 'x' } }))),
    },
    {
      name: 'a portfolio bundle manifest',
      write: yazl(() => reviewEntries(data(), (m) => ({ ...m, format: 'cto-portfolio-bundle' }))),
    },
    {
      name: 'review.json that does not parse',
      write: yazl(() => reviewEntries(data(), (m) => m, Buffer.from('{"format": '))),
    },
    { name: 'schema-invalid review.json', write: edited((d) => ({ ...d, layer: { threads: 7 } })) },
    {
      name: 'a __proto__ key',
      write: yazl(() =>
        reviewEntries(
          data(),
          (m) => m,
          Buffer.from(
            JSON.stringify(data()).replace(
              '"layer":',
              '"x":{"__proto__":{"polluted":true}},"layer":',
            ),
          ),
        ),
      ),
    },
    {
      name: 'review.json and manifest disagreeing on the reviewer',
      write: yazl(() =>
        reviewEntries(data(), (m) => ({ ...m, reviewer: { ...REVIEWER, name: 'Someone' } })),
      ),
    },
    {
      name: 'a tampered final report',
      write: edited((d) => {
        d.layer.reports[0]!.strengths = 'Outstanding in every way.';
        return d;
      }),
    },
    {
      name: 'a final report without its hash',
      write: edited((d) => {
        d.layer.reports[0]!.sha256 = null;
        return d;
      }),
    },
    {
      name: 'more threads than the caps',
      write: edited((d) => ({
        ...d,
        layer: { ...d.layer, threads: Array.from({ length: 5_001 }, () => d.layer.threads[0]) },
      })),
    },
    {
      name: 'another portfolio’s review',
      write: edited((d) => ({ ...d, portfolioId: 'someone-else' })),
    },
  ];
}

/** Where a hostile id is put: every id a review file carries. */
const ID_PLACES: readonly ((d: Data, id: string) => void)[] = [
  (d, id) => (d.reviewer.reviewerId = id),
  (d, id) => (d.portfolioId = id),
  (d, id) => (d.layer.evaluations[0]!.id = id),
  (d, id) => (d.layer.evaluations[0]!.assignmentId = id),
  (d, id) => (d.layer.threads[0]!.id = id),
  (d, id) => (d.layer.threads[0]!.target.id = id),
  (d, id) => (d.layer.threads[0]!.comments[0]!.id = id),
  (d, id) => (d.layer.reports[0]!.id = id),
];

/** The seeded generator: a fixed class, or a hostile id at any of the places ids sit. */
export function hostileReviewArb(portfolioId: string): fc.Arbitrary<HostileReview> {
  const byId = fc
    .tuple(hostileIdArb, fc.integer({ min: 0, max: ID_PLACES.length - 1 }))
    .map(([id, place]): HostileReview => ({
      name: `the id ${JSON.stringify(id)} at place ${place}`,
      write: (path) => {
        const d = validReviewData(portfolioId);
        ID_PLACES[place]!(d, id);
        return writeYazlZip(path, reviewEntries(d));
      },
    }));
  return fc.oneof(fc.constantFrom(...hostileReviewClasses(portfolioId)), byId);
}
