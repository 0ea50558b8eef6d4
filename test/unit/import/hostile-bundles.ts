import { readFile, writeFile } from 'node:fs/promises';
import { DATA_PATH, MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import {
  json,
  manifestFor,
  validBundleEntries,
  validBundleParts,
  writeRawZip,
  writeYazlZip,
  type TestEntry,
} from '../bundle/bundle-fixtures';

/** One hostile bundle: how to write it at a path. */
export interface HostileBundle {
  name: string;
  write(path: string): Promise<void>;
}

type Data = ReturnType<typeof validBundleParts>['data'];

/** A valid bundle whose portfolio.json is `edit(data)` as text, with a manifest that matches. */
function withDataText(edit: (data: Data) => string): TestEntry[] {
  const { data, files } = validBundleParts();
  const replaced = files.map((file) =>
    file.name === DATA_PATH ? { ...file, data: Buffer.from(edit(data)) } : file,
  );
  return [
    { name: MANIFEST_PATH, data: json(manifestFor(replaced, data.portfolio.portfolioId)) },
    ...replaced,
  ];
}

function withManifest(edit: (manifest: ReturnType<typeof manifestFor>) => unknown): TestEntry[] {
  const { data, files } = validBundleParts();
  return [
    { name: MANIFEST_PATH, data: json(edit(manifestFor(files, data.portfolio.portfolioId))) },
    ...files,
  ];
}

/** A reflection's content replaced by `content` (a rich-text document). */
function withReflectionContent(content: unknown): TestEntry[] {
  return withDataText((data) =>
    JSON.stringify({
      ...data,
      reflections: data.reflections.map((r) => ({ ...r, content })),
    }),
  );
}

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const yazl = (entries: () => TestEntry[]) => (path: string) => writeYazlZip(path, entries());

/** Every kind of bad bundle the issue names; each must be refused and change nothing. */
export const HOSTILE_BUNDLES: HostileBundle[] = [
  { name: 'not a zip', write: (path) => writeFile(path, 'notes, not a bundle\n'.repeat(20)) },
  {
    name: 'a truncated zip',
    async write(path) {
      await writeYazlZip(path, validBundleEntries());
      const bytes = await readFile(path);
      await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
  },
  {
    name: 'zip-slip ../x',
    write: (path) => writeRawZip(path, [{ name: '../x', data: Buffer.from('x') }]),
  },
  {
    name: 'an absolute path',
    write: (path) => writeRawZip(path, [{ name: '/etc/x', data: Buffer.from('x') }]),
  },
  {
    name: 'a backslash path',
    write: (path) => writeRawZip(path, [{ name: 'a\\..\\x', data: Buffer.from('x') }]),
  },
  {
    name: 'a symlink entry',
    write: yazl(() => [
      ...validBundleEntries(),
      { name: 'artifacts/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 },
    ]),
  },
  {
    name: 'a bomb declaring 10 GB',
    write: (path) =>
      writeRawZip(path, [
        { name: 'bomb', data: Buffer.from('x'), deflate: true, declaredSize: 10 * 1024 ** 3 },
      ]),
  },
  {
    name: '200,000 tiny entries',
    write: (path) =>
      writeRawZip(
        path,
        Array.from({ length: 200_000 }, (_, i) => ({ name: `f${i}` })),
      ),
  },
  {
    name: 'duplicate names',
    write: (path) =>
      writeRawZip(path, [
        { name: 'a.txt', data: Buffer.from('1') },
        { name: 'a.txt', data: Buffer.from('2') },
      ]),
  },
  {
    name: 'a hash mismatch',
    write: yazl(() => {
      const entries = validBundleEntries();
      entries[2]!.data = Buffer.from(entries[2]!.data.map((byte) => byte ^ 0xff));
      return entries;
    }),
  },
  { name: 'a missing file', write: yazl(() => validBundleEntries().slice(0, 2)) },
  {
    name: 'an extra file',
    write: yazl(() => [...validBundleEntries(), { name: 'extra.txt', data: Buffer.from('hi') }]),
  },
  {
    name: 'a newer format version',
    write: yazl(() => withManifest((m) => ({ ...m, formatVersion: 2 }))),
  },
  {
    name: 'schema-invalid JSON',
    write: yazl(() =>
      withDataText((data) => JSON.stringify({ ...data, reflections: [{ title: 42 }] })),
    ),
  },
  { name: 'JSON that does not parse', write: yazl(() => withDataText(() => '{"format": ')) },
  {
    name: 'a __proto__ key',
    write: yazl(() =>
      withDataText((data) =>
        JSON.stringify(data).replace(
          '"reflections":',
          '"x":{"__proto__":{"polluted":true}},"reflections":',
        ),
      ),
    ),
  },
  {
    name: 'a reflection carrying a script node',
    write: yazl(() =>
      withReflectionContent(doc({ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] })),
    ),
  },
  {
    name: 'a reflection carrying an iframe',
    write: yazl(() =>
      withReflectionContent(doc({ type: 'iframe', attrs: { src: 'https://evil.example/' } })),
    ),
  },
  {
    name: 'a reflection carrying a javascript: link',
    write: yazl(() =>
      withReflectionContent(
        doc({
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'click me',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        }),
      ),
    ),
  },
  {
    name: 'a portfolio id that names a path',
    write: yazl(() => {
      const { data, files } = validBundleParts();
      const evil = { ...data, portfolio: { ...data.portfolio, portfolioId: '../../evil' } };
      const replaced = files.map((file) =>
        file.name === DATA_PATH ? { ...file, data: json(evil) } : file,
      );
      return [
        { name: MANIFEST_PATH, data: json(manifestFor(replaced, '../../evil')) },
        ...replaced,
      ];
    }),
  },
];

/** A reflection whose text and attributes try to run script: valid data, to be rendered inert. */
export function scriptInTextEntries(): TestEntry[] {
  return withReflectionContent(
    doc({
      type: 'paragraph',
      attrs: { onclick: 'alert(1)', style: 'background:url(https://evil.example/)' },
      content: [
        { type: 'text', text: '<script>alert(1)</script><iframe src="https://evil.example/">' },
      ],
    }),
  );
}
