import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Artifact } from '@shared/domain/artifact';
import type { Portfolio } from '@shared/domain/portfolio';
import { newRecordMeta } from '@shared/domain/record';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import type { SearchHit, SearchResults } from '@shared/search/search-result';
import { highlight, snippetAround } from '../../../electron/core/search/highlight';
import { ReflectionTexts } from '../../../electron/core/search/reflection-texts';
import { SearchIndex } from '../../../electron/core/search/search-index';
import {
  openReflectionStore,
  type ReflectionStore,
} from '../../../electron/core/reflections/reflection-store';
import { NEW_REFLECTION_FIELDS } from '@shared/domain/reflection';
import { makeTempDir } from '../../support/temp-dir';
import { manualClock, testPortfolio } from '../store/store-fixtures';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let reflections: ReflectionStore;
let texts: ReflectionTexts;
let portfolio: Portfolio;
const clock = manualClock();

beforeEach(async () => {
  temp = await makeTempDir('cto-search-');
  reflections = (await openReflectionStore(temp.path, clock)).store;
  texts = new ReflectionTexts(reflections);
  portfolio = testPortfolio();
});
afterEach(async () => {
  await texts.close();
  await reflections.close();
  await temp.remove();
});

const body = (text: string): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

function artifact(id: string, fileName: string, title: string): Artifact {
  return {
    ...newRecordMeta(id, clock.now()),
    title,
    description: '',
    tags: ['evidence'],
    competencyIds: [],
    sessionNumbers: [],
    assignmentIds: [],
    private: false,
    sha256: 'a'.repeat(64),
    size: 10,
    fileName,
    mediaType: 'application/pdf',
  };
}

async function addReflection(id: string, title: string, text: string) {
  return reflections.create({
    ...newRecordMeta(id, clock.now()),
    ...NEW_REFLECTION_FIELDS,
    title,
    content: body(text),
    wordCount: 0,
  });
}

async function search(index: SearchIndex, query: string): Promise<SearchResults> {
  await texts.ready;
  index.sync({ portfolio, reflections, reflectionText: (id) => texts.text(id) });
  return index.search(query);
}

const hitsOf = (results: SearchResults, kind: SearchHit['kind']) =>
  results.groups.find((g) => g.kind === kind)?.hits ?? [];

describe('SearchIndex', () => {
  it('finds a reflection by a word of its body and marks the word in a snippet', async () => {
    await addReflection(
      'r1',
      'After session 3',
      'We tied every purchase to a board goal and the E-rate calendar.',
    );
    const results = await search(new SearchIndex(), 'calendar');
    const [hit] = hitsOf(results, 'reflection');
    expect(hit).toMatchObject({ id: 'r1', title: { text: 'After session 3', matches: [] } });
    const [start, end] = hit!.snippet!.matches[0]!;
    expect(hit!.snippet!.text.slice(start, end)).toBe('calendar');
  });

  it('finds an artifact by its file name, and marks a match in the title', async () => {
    portfolio.artifacts.push(artifact('a1', 'Mesa Verde Network Diagram.png', 'Network diagram'));
    const results = await search(new SearchIndex(), 'diagram');
    const [hit] = hitsOf(results, 'artifact');
    expect(hit?.id).toBe('a1');
    expect(hit!.title.matches).toEqual([[8, 15]]);
  });

  it('matches by prefix and forgives a typo', async () => {
    await addReflection('r1', 'Budgeting for devices', 'A refresh cycle of four years.');
    const index = new SearchIndex();
    expect(hitsOf(await search(index, 'budg'), 'reflection').map((h) => h.id)).toEqual(['r1']);
    expect(hitsOf(await search(index, 'refresj'), 'reflection').map((h) => h.id)).toEqual(['r1']);
    expect(hitsOf(await search(index, 'cyclr'), 'reflection').map((h) => h.id)).toEqual(['r1']);
    expect((await search(index, 'zebra')).groups).toEqual([]);
  });

  it('searches assignments, sessions and the mentor log, grouped by kind', async () => {
    portfolio.logEntries.push({
      ...newRecordMeta('log-1', clock.now()),
      date: '2026-09-10',
      channel: 'call',
      summary: 'Talked about the help desk metrics.',
      followUps: 'Compare ticket volumes.',
    });
    const results = await search(new SearchIndex(), 'fiscal');
    expect(results.groups.map((g) => g.kind).sort()).toEqual(['assignment', 'session']);
    expect(hitsOf(await search(new SearchIndex(), 'ticket'), 'log').map((h) => h.id)).toEqual([
      'log-1',
    ]);
  });

  it('follows every change: new, changed and deleted records', async () => {
    const index = new SearchIndex();
    expect((await search(index, 'ransomware')).groups).toEqual([]);

    await addReflection('r1', 'Security', 'The ransomware tabletop exercise.');
    expect(hitsOf(await search(index, 'ransomware'), 'reflection')).toHaveLength(1);

    await reflections.change('r1', () => ({ content: body('Phishing drills instead.') }));
    expect((await search(index, 'ransomware')).groups).toEqual([]);
    expect(hitsOf(await search(index, 'phishing'), 'reflection')).toHaveLength(1);

    await reflections.delete('r1');
    expect((await search(index, 'phishing')).groups).toEqual([]);

    portfolio = { ...portfolio, artifacts: [artifact('a1', 'phishing-report.pdf', 'Report')] };
    expect(hitsOf(await search(index, 'phishing'), 'artifact')).toHaveLength(1);
    portfolio = {
      ...portfolio,
      artifacts: [
        { ...portfolio.artifacts[0]!, deletedAt: clock.now().toISOString(), revision: 2 },
      ],
    };
    expect((await search(index, 'phishing')).groups).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks whole words the index matched, whatever their case or accents', () => {
    expect(highlight('Évaluación and evaluacion', new Set(['evaluacion'])).matches).toEqual([
      [0, 10],
      [15, 25],
    ]);
  });

  it('cuts a snippet around the first match with ellipses where text was left out', () => {
    const text = `${'intro '.repeat(60)}the budget vote ${'outro '.repeat(60)}`;
    const snippet = snippetAround(text, new Set(['budget']))!;
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(170);
    const [start, end] = snippet.matches[0]!;
    expect(snippet.text.slice(start, end)).toBe('budget');
  });
});
