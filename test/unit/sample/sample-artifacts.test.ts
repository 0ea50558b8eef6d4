import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLive } from '@shared/domain/record';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { SAMPLE_ARTIFACTS, sampleArtifactId } from '../../../electron/core/sample/sample-artifacts';
import { renderSampleFiles } from '../../../electron/core/sample/sample-files';
import { openTestCore, type TestCore } from '../../support/test-core';
import { filesInStore } from '../artifacts/library-fixture';

const competencyIds = new Set(
  DEFAULT_PROGRAM.frameworks.flatMap((f) => f.competencies.map((c) => c.id)),
);

/** What each kind of file starts with, as the apps that open it check. */
const SIGNATURES: Record<string, Buffer> = {
  pdf: Buffer.from('%PDF-1.4\n'),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  docx: Buffer.from('PK\x03\x04', 'latin1'),
  xlsx: Buffer.from('PK\x03\x04', 'latin1'),
};

describe('the sample’s files', () => {
  it('are at least eight, of the kinds candidates attach', () => {
    const kinds = SAMPLE_ARTIFACTS.map((s) => s.fileName.split('.').pop());
    expect(kinds.length).toBeGreaterThanOrEqual(8);
    expect(new Set(kinds)).toEqual(new Set(['pdf', 'png', 'docx', 'xlsx', 'csv', 'txt']));
  });

  it('are real files of their kind, the same bytes on every run', async () => {
    const first = await renderSampleFiles();
    const second = await renderSampleFiles();
    expect(second.map((f) => f.sha256)).toEqual(first.map((f) => f.sha256));
    for (const [index, spec] of SAMPLE_ARTIFACTS.entries()) {
      const bytes = first[index]!.bytes;
      const kind = spec.fileName.split('.').pop()!;
      const signature = SIGNATURES[kind];
      if (signature) expect(bytes.subarray(0, signature.length), spec.fileName).toEqual(signature);
      if (kind === 'pdf') expect(bytes.toString('latin1')).toMatch(/startxref\n\d+\n%%EOF\n$/);
      if (kind === 'docx') expect(bytes.includes('word/document.xml')).toBe(true);
      if (kind === 'xlsx') expect(bytes.includes('xl/worksheets/sheet1.xml')).toBe(true);
      expect(bytes.length).toBeLessThan(10_000);
    }
  });

  it('are tagged only with competencies of the built-in frameworks', () => {
    for (const spec of SAMPLE_ARTIFACTS) {
      for (const id of spec.competencyIds) expect(competencyIds.has(id), id).toBe(true);
    }
  });
});

describe('opening the sample', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await openTestCore();
  });
  afterEach(async () => {
    await t.close();
  });

  it('stores every sample file and serves it by its stable id', async () => {
    await t.call('sample-open', {});
    const { artifacts, assignments } = await t.call('portfolio-get', {});
    expect(artifacts.filter(isLive).map((a) => a.id)).toEqual(
      SAMPLE_ARTIFACTS.map((s) => sampleArtifactId(s.key)),
    );
    const assignmentIds = new Set(assignments.map((a) => a.id));
    for (const artifact of artifacts) {
      for (const id of artifact.assignmentIds) expect(assignmentIds.has(id)).toBe(true);
    }
    expect(await filesInStore(`${t.dataDir}/sample`)).toHaveLength(SAMPLE_ARTIFACTS.length);
    expect(await filesInStore(t.dataDir)).toEqual([]);

    const answer = await t.core.artifacts().serve(sampleArtifactId('network-diagram'));
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toBe('image/png');
    answer.body?.destroy();
  });
});
