import { describe, expect, it } from 'vitest';
import {
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  type BundleData,
} from '@shared/bundle/bundle-schemas';
import {
  LOCAL_DEVICE,
  newRecordMeta,
  recordMetaSchema,
  touched,
  type RecordMeta,
} from '@shared/domain/record';
import { reflectionSummarySchema } from '@shared/domain/reflection';
import {
  compareVersions,
  globalizeBundleData,
  localizeBundleData,
  mergedVersions,
} from '@shared/sync/versions';
import {
  artifact,
  assignment,
  logEntry,
  portfolioWith,
  profile,
  reflection,
  session,
} from './sync-fixture';

describe('record versions', () => {
  it('counts a new record as one change of this computer', () => {
    expect(newRecordMeta('r-1', new Date(0)).versions).toEqual({ [LOCAL_DEVICE]: 1 });
  });

  it('counts every edit as one more change of this computer, keeping other computers’ counts', () => {
    const record = { ...newRecordMeta('r-1', new Date(0)), versions: { '.': 2, 'dev-b': 4 } };
    const next = touched(record, { deletedAt: new Date(500).toISOString() }, new Date(1000));
    expect(next.versions).toEqual({ '.': 3, 'dev-b': 4 });
    expect(next.revision).toBe(2);
  });

  it('counts no change for an edit whose values are the stored ones', () => {
    const record = { ...newRecordMeta('r-1', new Date(0)), versions: { '.': 2, 'dev-b': 4 } };
    expect(touched(record, {}, new Date(1000))).toBe(record);
    expect(touched(record, { deletedAt: null }, new Date(1000))).toBe(record);
  });

  it('starts counting on a record written before versions existed', () => {
    const { versions: _none, ...old } = newRecordMeta('r-1', new Date(0));
    expect(recordMetaSchema.safeParse(old).success).toBe(true);
    const deleted = { deletedAt: new Date(500).toISOString() };
    expect(touched<RecordMeta>(old, deleted, new Date(1000)).versions).toEqual({ '.': 1 });
  });

  it('reads reflection summaries written before versions existed, and keeps versions in new ones', () => {
    const { content: _body, versions: _none, ...old } = reflection('r-1', {});
    expect(reflectionSummarySchema.parse({ ...old, excerpt: '' })).not.toHaveProperty('versions');
    const { content: _text, ...current } = reflection('r-1', { '.': 2, b: 1 });
    expect(reflectionSummarySchema.parse({ ...current, excerpt: '' }).versions).toEqual({
      '.': 2,
      b: 1,
    });
  });

  it('refuses device keys that are not "." or a device id', () => {
    const withKey = (key: string) => ({
      ...newRecordMeta('r-1', new Date(0)),
      versions: { [key]: 1 },
    });
    expect(recordMetaSchema.safeParse(withKey('dev-B_2')).success).toBe(true);
    for (const bad of ['..', 'a b', 'x/y', '', 'ä', 'x'.repeat(101)]) {
      expect(recordMetaSchema.safeParse(withKey(bad)).success, bad).toBe(false);
    }
    const zero = { ...newRecordMeta('r-1', new Date(0)), versions: { '.': 0 } };
    expect(recordMetaSchema.safeParse(zero).success).toBe(false);
  });
});

describe('compareVersions', () => {
  it.each([
    [{}, {}, 'equal'],
    [undefined, {}, 'equal'],
    [{ '.': 1 }, { '.': 1 }, 'equal'],
    [{ '.': 1 }, { '.': 2 }, 'before'],
    [undefined, { a: 1 }, 'before'],
    [{ '.': 2, a: 1 }, { '.': 1 }, 'after'],
    [{ '.': 2 }, { '.': 1, a: 1 }, 'concurrent'],
    [{ a: 1 }, { b: 1 }, 'concurrent'],
  ] as const)('%j against %j is %s', (a, b, order) => {
    expect(compareVersions(a, b)).toBe(order);
  });

  it('reads a device named like an object property as a device', () => {
    expect(compareVersions({ constructor: 1 }, {})).toBe('after');
    expect(compareVersions({}, { toString: 2 })).toBe('before');
  });
});

describe('mergedVersions', () => {
  it('takes the larger count of each device', () => {
    expect(mergedVersions({ '.': 3, a: 1 }, { '.': 1, a: 4, b: 2 })).toEqual({
      '.': 3,
      a: 4,
      b: 2,
    });
    expect(mergedVersions(undefined, undefined)).toEqual({});
  });
});

function bundleOfEveryKind(versions: Record<string, number>): BundleData {
  return {
    format: BUNDLE_DATA_FORMAT,
    formatVersion: BUNDLE_DATA_FORMAT_VERSION,
    portfolio: portfolioWith({
      profile: profile(versions),
      sessions: [session('s-1', versions)],
      assignments: [assignment('a-1', versions), assignment('a-old', undefined)],
      logEntries: [logEntry('l-1', versions)],
      artifacts: [artifact('f-1', versions)],
    }),
    reflections: [reflection('r-1', versions)],
    reviews: [],
  };
}

function everyVector(data: BundleData) {
  const { portfolio } = data;
  return [
    portfolio.profile,
    ...portfolio.sessions,
    ...portfolio.assignments,
    ...portfolio.logEntries,
    ...portfolio.artifacts,
    ...data.reflections,
  ].map((record) => record.versions);
}

describe('globalizeBundleData and localizeBundleData', () => {
  it('names this computer’s changes by its device id in every record of an export', () => {
    const local = bundleOfEveryKind({ '.': 2, 'dev-b': 1 });
    const exported = globalizeBundleData(local, 'dev-a');
    expect(everyVector(exported)).toEqual([
      ...Array(3).fill({ 'dev-a': 2, 'dev-b': 1 }),
      undefined,
      ...Array(3).fill({ 'dev-a': 2, 'dev-b': 1 }),
    ]);
    expect(everyVector(local)[0]).toEqual({ '.': 2, 'dev-b': 1 });
  });

  it('turns its own device id back into "." on import, leaving the other computers’ ids', () => {
    const received = localizeBundleData(bundleOfEveryKind({ 'dev-a': 2, 'dev-b': 1 }), 'dev-a');
    expect(everyVector(received)).toEqual([
      ...Array(3).fill({ '.': 2, 'dev-b': 1 }),
      undefined,
      ...Array(3).fill({ '.': 2, 'dev-b': 1 }),
    ]);
  });

  it('keeps the larger count when a hand-made file has both "." and the device id', () => {
    const received = localizeBundleData(bundleOfEveryKind({ 'dev-a': 2, '.': 5 }), 'dev-a');
    expect(everyVector(received)[0]).toEqual({ '.': 5 });
  });

  it('gives back the same data after an export and an import on the same computer', () => {
    const local = bundleOfEveryKind({ '.': 2, 'dev-b': 1 });
    expect(localizeBundleData(globalizeBundleData(local, 'dev-a'), 'dev-a')).toEqual(local);
  });
});
