import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_KINDS } from '@shared/domain/assignment';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { programTemplateSchema, type ProgramTemplate } from '@shared/program/template-schema';
import { candidateAreasOf, rubricForKind, rubricsOf } from '@shared/review/program-review';

describe('the built-in program’s rubrics', () => {
  it('score session assignments and both oral presentations with 3 to 5 criteria each', () => {
    for (const kind of ['session', 'class-presentation', 'final-presentation'] as const) {
      const rubric = rubricForKind(DEFAULT_PROGRAM, kind);
      expect(rubric, kind).not.toBeNull();
      expect(rubric!.criteria.length).toBeGreaterThanOrEqual(3);
      expect(rubric!.criteria.length).toBeLessThanOrEqual(5);
    }
    expect(rubricForKind(DEFAULT_PROGRAM, 'class-presentation')).toBe(
      rubricForKind(DEFAULT_PROGRAM, 'final-presentation'),
    );
  });

  it('leave the other kinds unscored, and every criterion id is unique in the program', () => {
    const scored = ASSIGNMENT_KINDS.filter((kind) => rubricForKind(DEFAULT_PROGRAM, kind));
    expect(scored).toEqual(['session', 'class-presentation', 'final-presentation']);
    const ids = DEFAULT_PROGRAM.rubrics.flatMap((r) => r.criteria.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('due monthly reports by the 5th of the next month', () => {
    expect(DEFAULT_PROGRAM.reportDueDay).toBe(5);
  });

  it('apply to a portfolio of the built-in program made before templates had rubrics', () => {
    const older = withoutRubrics(DEFAULT_PROGRAM);
    expect(older.rubrics).toEqual([]);
    expect(older.reportDueDay).toBe(5);
    expect(rubricsOf(older)).toEqual(DEFAULT_PROGRAM.rubrics);
    // Another program without rubrics is not given this program's rubrics.
    expect(rubricsOf({ ...older, id: 'other-program' })).toEqual([]);
  });

  it('rate the nine candidate areas in the monthly report', () => {
    expect(candidateAreasOf(DEFAULT_PROGRAM).map((a) => a.title)).toHaveLength(9);
  });
});

describe('a template’s rubrics', () => {
  const rubric = DEFAULT_PROGRAM.rubrics[0]!;

  it('are refused when one kind has two rubrics', () => {
    const twice = { ...DEFAULT_PROGRAM, rubrics: [rubric, { ...rubric, id: 'copy' }] };
    expect(messagesOf(twice)).toContain('Each assignment kind may have only one rubric.');
  });

  it('are refused when a rubric names a criterion twice', () => {
    const criterion = rubric.criteria[0]!;
    const doubled = { ...rubric, criteria: [criterion, criterion] };
    expect(messagesOf({ ...DEFAULT_PROGRAM, rubrics: [doubled] })).toContain(
      `Rubric "${rubric.id}" names a criterion id twice.`,
    );
  });
});

function withoutRubrics(program: ProgramTemplate): ProgramTemplate {
  const { rubrics: _rubrics, reportDueDay: _day, ...rest } = program;
  return programTemplateSchema.parse(JSON.parse(JSON.stringify(rest)));
}

function messagesOf(template: unknown): string[] {
  const result = programTemplateSchema.safeParse(template);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}
