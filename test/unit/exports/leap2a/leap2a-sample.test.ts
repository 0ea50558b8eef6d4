// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import { sessionLabel } from '@shared/domain/session';
import type { ZipEntrySource } from '../../../../electron/core/bundle/zip/zip-entry-source';
import { leap2aEntries, LEAP2A_NAMESPACES } from '../../../../electron/core/exports/leap2a';
import { makeTempDir } from '../../../support/temp-dir';
import {
  childrenOf,
  childText,
  entriesOf,
  entryById,
  expectImportable,
  linksOf,
  META,
  rdfType,
  sampleBundle,
  writeAndRead,
  type WrittenLeap2a,
} from './leap2a-fixture';

const { atom: ATOM, leap2: LEAP2 } = LEAP2A_NAMESPACES;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: BundleData;
let files: ZipEntrySource[];
let written: WrittenLeap2a;

beforeAll(async () => {
  temp = await makeTempDir('leap2a-');
  ({ data, files } = await sampleBundle());
  written = await writeAndRead(temp.path, data, files);
});
afterAll(() => temp.remove());

const titlesOfType = (type: string) =>
  entriesOf(written.doc)
    .filter((e) => rdfType(e) === type)
    .map((e) => childText(e, ATOM, 'title'));

describe('the Leap2A export of the sample portfolio', () => {
  it('is a zip with leap2a.xml at the root that importers accept', () => {
    expectImportable(written);
  });

  it('says who the candidate is: the feed author points at their person entry', () => {
    const feed = written.doc.documentElement;
    const author = childrenOf(feed, ATOM, 'author')[0]!;
    expect(childText(author, ATOM, 'name')).toBe('Jordan Rivera');
    const person = entryById(written.doc, 'portfolio:person')!;
    const fullName = childrenOf(person, LEAP2, 'persondata').find(
      (p) => p.getAttributeNS(LEAP2, 'field') === 'full_name',
    );
    expect(fullName?.textContent).toBe('Jordan Rivera');
  });

  it('holds every session as an activity, assignment as a plan, reflection as an entry, artifact as a resource', () => {
    const live = <T extends { deletedAt: string | null }>(items: T[]) =>
      items.filter((i) => i.deletedAt === null);
    const { portfolio } = data;
    expect(titlesOfType('leap2:activity')).toEqual(
      live(portfolio.sessions)
        .sort((a, b) => a.number - b.number)
        .map((s) => `${sessionLabel(s.number)}: ${s.title}`),
    );
    expect(new Set(titlesOfType('leap2:plan'))).toEqual(
      new Set(live(portfolio.assignments).map((a) => a.title)),
    );
    for (const r of live(data.reflections)) expect(titlesOfType('leap2:entry')).toContain(r.title);
    expect(new Set(titlesOfType('leap2:resource'))).toEqual(
      new Set(live(portfolio.artifacts).map((a) => a.title)),
    );
  });

  it("writes a reflection's body as XHTML in one XHTML div, with its words", () => {
    const reflection = data.reflections[0]!;
    const entry = entryById(written.doc, `portfolio:reflection/${reflection.id}`)!;
    const div = childrenOf(entry, ATOM, 'content')[0]!.children[0]!;
    expect(div.outerHTML.startsWith('<div xmlns="http://www.w3.org/1999/xhtml">')).toBe(true);
    const firstText = JSON.stringify(reflection.content).match(/"text":"([^"]{10,40})/)![1]!;
    expect(div.textContent).toContain(firstText);
  });

  it('gives each plan its due date as the target date and its status, "completed" when passed', () => {
    for (const assignment of data.portfolio.assignments.filter((a) => a.deletedAt === null)) {
      const plan = entryById(written.doc, `portfolio:assignment/${assignment.id}`)!;
      const target = childrenOf(plan, LEAP2, 'date').find(
        (d) => d.getAttributeNS(LEAP2, 'point') === 'target',
      );
      expect(target?.textContent ?? null).toBe(assignment.due);
      const stage = childrenOf(plan, LEAP2, 'status')[0]!.getAttributeNS(LEAP2, 'stage');
      if (assignment.status === 'passed') expect(stage).toBe('completed');
      else expect(stage).not.toBe('completed');
      expect(childrenOf(plan, ATOM, 'content')[0]!.getAttribute('type')).toBe('text');
    }
  });

  it('links each competency (ability) to the reflections and artifacts tagged with it, both ways', () => {
    const tagged = data.reflections.find((r) => r.competencyIds.length > 0)!;
    const ability = entryById(written.doc, `portfolio:competency/${tagged.competencyIds[0]}`)!;
    expect(rdfType(ability)).toBe('leap2:ability');
    const reflectionId = `portfolio:reflection/${tagged.id}`;
    expect(linksOf(ability, 'leap2:has_evidence')).toContain(reflectionId);
    expect(linksOf(entryById(written.doc, reflectionId)!, 'leap2:is_evidence_of')).toContain(
      ability.querySelector('id')!.textContent,
    );
  });

  it('lists the whole portfolio as a selection, in display order: sessions first', () => {
    const selection = entryById(written.doc, 'portfolio:portfolio')!;
    expect(rdfType(selection)).toBe('leap2:selection');
    const parts = childrenOf(selection, ATOM, 'link').filter(
      (l) => l.getAttribute('rel') === 'leap2:has_part',
    );
    const others = entriesOf(written.doc).length - 2; // all but the person and the selection
    expect(parts).toHaveLength(others);
    expect(parts.map((l) => Number(l.getAttributeNS(LEAP2, 'display_order')))).toEqual(
      parts.map((_, i) => i + 1),
    );
    const firstSession = [...data.portfolio.sessions].sort((a, b) => a.number - b.number)[0]!;
    expect(parts[0]!.getAttribute('href')).toBe(`portfolio:session/${firstSession.id}`);
  });

  it("carries the reviewers' grades and final report as entries by the reviewer, related to what they grade", () => {
    const grades = entriesOf(written.doc).filter((e) =>
      childText(e, ATOM, 'id')!.startsWith('portfolio:grade/'),
    );
    expect(grades).toHaveLength(2);
    const mentorGrade = grades.find((g) => g.textContent!.includes('Board-ready.'))!;
    expect(childText(childrenOf(mentorGrade, ATOM, 'author')[0]!, ATOM, 'name')).toBe(
      'Dr. Alex Chen',
    );
    const graded = data.reviews[0]!.layer.evaluations[0]!.assignmentId;
    expect(linksOf(mentorGrade, 'leap2:reflects_on')).toEqual([`portfolio:assignment/${graded}`]);
    const report = entriesOf(written.doc).find((e) =>
      childText(e, ATOM, 'id')!.startsWith('portfolio:report/'),
    )!;
    expect(childText(report, ATOM, 'title')).toBe('Progress report, October 2026');
    expect(report.textContent).toContain('Leads the help desk team.');
    expect(linksOf(report, 'leap2:reflects_on')).toEqual(['portfolio:person']);
    expect(linksOf(report, 'leap2:relation')).toEqual(['portfolio:competency/area-leadership']);
  });

  it('puts each artifact file in the zip once, with the bytes the artifact names', () => {
    const shas = new Set(data.portfolio.artifacts.map((a) => a.sha256));
    const inZip = written.zip.filter((e) => e.name.startsWith('files/'));
    expect(new Set(inZip.map((e) => e.sha256))).toEqual(shas);
    expect(inZip).toHaveLength(shas.size);
    for (const e of inZip) expect(e.name).toMatch(/^files\/[0-9a-f]{64}\.[a-z0-9]+$/);
  });

  it('is the same, byte for byte, for the same data', async () => {
    const again = await writeAndRead(temp.path, data, files);
    expect(again.xml).toBe(written.xml);
    const hash = (entries: ZipEntrySource[]) =>
      createHash('sha256')
        .update(entries.map((e) => `${e.path} ${e.sha256}`).join('\n'))
        .digest('hex');
    expect(hash(leap2aEntries(data, files, META))).toBe(hash(leap2aEntries(data, files, META)));
  });
});
