import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { evidenceCoverage } from '@shared/progress/evidence-coverage';

const [areas, cosn] = DEFAULT_PROGRAM.frameworks as [
  (typeof DEFAULT_PROGRAM.frameworks)[number],
  (typeof DEFAULT_PROGRAM.frameworks)[number],
];
const live = (id: string, competencyIds: string[]) => ({ id, deletedAt: null, competencyIds });
const deleted = (id: string, competencyIds: string[]) => ({
  id,
  deletedAt: '2026-09-01T09:00:00.000Z',
  competencyIds,
});

describe('evidenceCoverage', () => {
  it('lists the live reflections and artifacts of each competency and counts coverage per framework', () => {
    const coverage = evidenceCoverage(
      [areas, cosn],
      [
        live('r1', ['area-fiscal-management', 'cosn-business-management']),
        deleted('r2', ['area-leadership']),
      ],
      [live('a1', ['area-fiscal-management']), deleted('a2', ['cosn-data-management'])],
    );
    const row = (id: string) => coverage.rows.find((r) => r.competency.id === id)!;

    expect(row('area-fiscal-management')).toMatchObject({
      reflectionIds: ['r1'],
      artifactIds: ['a1'],
      covered: true,
    });
    expect(row('cosn-business-management')).toMatchObject({
      reflectionIds: ['r1'],
      artifactIds: [],
      covered: true,
    });
    expect(row('area-leadership')).toMatchObject({ reflectionIds: [], covered: false });
    expect(row('cosn-data-management')).toMatchObject({ artifactIds: [], covered: false });
    expect(coverage.frameworks).toEqual([
      { frameworkId: areas.id, title: areas.title, covered: 1, total: areas.competencies.length },
      { frameworkId: cosn.id, title: cosn.title, covered: 1, total: cosn.competencies.length },
    ]);
  });

  it('shows only the frameworks asked for, competencies in framework order', () => {
    const coverage = evidenceCoverage([cosn], [], []);
    expect(coverage.rows.map((r) => r.competency.id)).toEqual(cosn.competencies.map((c) => c.id));
    expect(coverage.frameworks).toHaveLength(1);
    expect(coverage.rows.every((r) => !r.covered)).toBe(true);
  });

  it('counts evidence tagged twice with the same competency once', () => {
    const coverage = evidenceCoverage(
      [areas],
      [live('r1', ['area-leadership', 'area-leadership'])],
      [],
    );
    expect(coverage.rows.find((r) => r.competency.id === 'area-leadership')?.reflectionIds).toEqual(
      ['r1'],
    );
  });
});
