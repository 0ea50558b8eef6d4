import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/test-core';

describe('the sample reflections', () => {
  it('gives the sample at least six reflections linked to its sessions, assignments, artifacts and competencies', async () => {
    const t = await openTestCore();
    try {
      await t.call('sample-open', {});
      const portfolio = await t.call('portfolio-get', {});
      const summaries = await t.call('reflection-list', {});
      const reflections = await Promise.all(
        summaries.map(({ id }) => t.call('reflection-get', { id })),
      );

      expect(reflections.length).toBeGreaterThanOrEqual(6);
      const competencies = new Set(
        portfolio.program.frameworks.flatMap((f) => f.competencies.map((c) => c.id)),
      );
      const assignments = new Set(portfolio.assignments.map((a) => a.id));
      const artifacts = new Set(portfolio.artifacts.map((a) => a.id));
      for (const r of reflections) {
        expect(r.wordCount).toBeGreaterThan(80);
        expect(r.competencyIds.length).toBeGreaterThan(0);
        expect(r.competencyIds.every((id) => competencies.has(id))).toBe(true);
        expect(r.assignmentIds.every((id) => assignments.has(id))).toBe(true);
        expect(r.artifactIds.every((id) => artifacts.has(id))).toBe(true);
        const types = JSON.stringify(r.content);
        expect(types).toMatch(/"heading"/);
      }
      expect(reflections.filter((r) => r.artifactIds.length > 0).length).toBeGreaterThanOrEqual(6);
      expect(new Set(reflections.map((r) => r.session)).size).toBeGreaterThanOrEqual(5);
      expect(reflections.some((r) => JSON.stringify(r.content).includes('"bulletList"'))).toBe(
        true,
      );
      expect(new Set(reflections.map((r) => r.status))).toEqual(new Set(['draft', 'final']));

      // Found by search, like everything else in the sample.
      const results = await t.call('search-query', { query: 'ransomware' });
      expect(results.groups.find((g) => g.kind === 'reflection')?.hits.length).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });

  it('does not bring deleted sample reflections back when the sample is opened again', async () => {
    const t = await openTestCore();
    try {
      await t.call('sample-open', {});
      const [first] = await t.call('reflection-list', {});
      await t.call('reflection-delete', { id: first!.id });
      await t.call('sample-close', {});
      await t.call('sample-open', {});
      const again = await t.call('reflection-list', {});
      expect(again.find((r) => r.id === first!.id)?.deletedAt).not.toBeNull();
      expect(again).toHaveLength(6);
    } finally {
      await t.close();
    }
  });
});
