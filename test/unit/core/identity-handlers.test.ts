import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { identitySchema } from '@shared/review/roles';
import { openCore } from '../../../electron/core/app-core';
import { READ_ONLY_FOLDER_SENTENCE } from '../../../electron/core/store/folder-access';
import { snapshotFolder } from '../../support/folder-snapshot';
import { openTestCore, sequentialIds, type TestCore } from '../../support/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-09-01T09:00:00.000Z');
});
afterEach(() => t.close());

const identityFile = () => join(t.dataDir, 'identity.json');
const onDisk = async () => identitySchema.parse(JSON.parse(await readFile(identityFile(), 'utf8')));

const MENTOR_PROFILE = {
  name: 'Rosa Diaz',
  position: 'Chief Technology Officer',
  organisation: 'Valley USD',
  yearsAsLeader: 14,
  credential: 'M.Ed.; CETL',
};

describe('identity-get', () => {
  it('answers an unanswered folder with a candidate who has not chosen, and writes nothing', async () => {
    const before = await snapshotFolder(t.dataDir);
    const first = await t.call('identity-get', {});
    const again = await t.call('identity-get', {});

    expect(first).toMatchObject({ roles: ['candidate'], rolesChosenAt: null });
    expect(first.reviewer).toEqual({
      name: '',
      position: '',
      organisation: '',
      yearsAsLeader: null,
      credential: '',
    });
    // The unsaved reviewer id holds still between readings, so nothing shown changes under the user.
    expect(again.reviewerId).toBe(first.reviewerId);
    expect(await snapshotFolder(t.dataDir)).toEqual(before);
  });
});

describe('identity-set', () => {
  it('saves the roles and the reviewer profile, stamps the answer, and reads them back after reopening', async () => {
    const saved = await t.call('identity-set', {
      roles: ['instructor', 'candidate', 'mentor'],
      reviewer: MENTOR_PROFILE,
    });
    expect(saved).toMatchObject({
      roles: ['candidate', 'mentor', 'instructor'],
      rolesChosenAt: '2026-09-01T09:00:00.000Z',
      reviewer: MENTOR_PROFILE,
    });
    expect(await onDisk()).toEqual(saved);

    // Reopened, the folder gives the same answer: remembered in identity.json.
    await t.core.close();
    const reopened = await openCore({
      dataDir: t.dataDir,
      host: 'browser',
      appVersion: '0.0.0-test',
      newId: sequentialIds('other'),
    });
    try {
      expect(await reopened.handlers['identity-get']({})).toEqual(saved);
    } finally {
      await reopened.close();
    }
  });

  it('changes only the profile fields it is given and keeps the reviewer id of the first save', async () => {
    const first = await t.call('identity-set', { roles: ['mentor'], reviewer: MENTOR_PROFILE });
    t.clock.set('2026-09-02T09:00:00.000Z');
    const second = await t.call('identity-set', {
      roles: ['mentor'],
      reviewer: { position: 'Director of Technology' },
    });
    expect(second.reviewer).toEqual({ ...MENTOR_PROFILE, position: 'Director of Technology' });
    expect(second.reviewerId).toBe(first.reviewerId);
    // Same roles: the time they were chosen stays.
    expect(second.rolesChosenAt).toBe('2026-09-01T09:00:00.000Z');

    t.clock.set('2026-09-03T09:00:00.000Z');
    const switched = await t.call('identity-set', { roles: ['candidate'] });
    expect(switched).toMatchObject({
      roles: ['candidate'],
      rolesChosenAt: '2026-09-03T09:00:00.000Z',
      reviewer: second.reviewer,
      reviewerId: first.reviewerId,
    });
    expect(await onDisk()).toEqual(switched);
  });

  it('writes nothing for an answer that changes nothing', async () => {
    await t.call('identity-set', { roles: ['mentor'], reviewer: MENTOR_PROFILE });
    const before = await snapshotFolder(t.dataDir);
    t.clock.set('2026-09-05T09:00:00.000Z');
    await t.call('identity-set', { roles: ['mentor'], reviewer: { name: 'Rosa Diaz' } });
    expect(await snapshotFolder(t.dataDir)).toEqual(before);
  });

  it.each([
    [
      { roles: [] },
      'The request is not valid (roles): Choose at least one role: candidate, mentor or instructor.',
    ],
    [
      { roles: ['coach'] },
      'The request is not valid (roles.0): Choose candidate, mentor or instructor as a role.',
    ],
    [
      { roles: ['mentor'], reviewer: { yearsAsLeader: 99 } },
      'The request is not valid (reviewer.yearsAsLeader): Enter years from 0 to 60.',
    ],
    [{ roles: ['mentor'], reviewer: { shoeSize: 9 } }, null],
    [{}, null],
  ])('refuses %j with one sentence and writes nothing', async (input, sentence) => {
    await t.call('identity-set', { roles: ['candidate'] });
    const before = await snapshotFolder(t.dataDir);
    const answer = await t.send('identity-set', input);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid-input');
    if (sentence !== null) expect(answer.error.message).toBe(sentence);
    expect(answer.error.message).toMatch(/^[^.]+(\.[^.]+)*\.$/);
    expect(await snapshotFolder(t.dataDir)).toEqual(before);
  });

  it('is refused with one sentence in a read-only data folder, which it leaves as it was', async () => {
    await t.call('identity-set', { roles: ['candidate'] });
    await t.core.close();
    const before = await snapshotFolder(t.dataDir);
    const readOnly = await openCore({
      dataDir: t.dataDir,
      host: 'browser',
      appVersion: '0.0.0-test',
      readOnly: true,
    });
    try {
      await expect(readOnly.handlers['identity-set']({ roles: ['mentor'] })).rejects.toThrow(
        READ_ONLY_FOLDER_SENTENCE,
      );
      // Looking still works there.
      expect((await readOnly.handlers['identity-get']({})).roles).toEqual(['candidate']);
    } finally {
      await readOnly.close();
    }
    expect(await snapshotFolder(t.dataDir)).toEqual(before);
  });

  it('sets a damaged identity.json right: reading says so and writes nothing, an answer keeps it aside', async () => {
    await writeFile(identityFile(), '{"format": "cto-portfolio-identity", "roles": [');
    const before = await snapshotFolder(t.dataDir);
    const read = await t.send('identity-get', {});
    expect(read).toMatchObject({ ok: false, error: { code: 'io-error' } });
    expect(read.ok ? '' : read.error.message).toMatch(/^Your role settings \(.+\) is damaged/);
    expect(await snapshotFolder(t.dataDir)).toEqual(before);

    const saved = await t.call('identity-set', { roles: ['mentor'] });
    expect(await onDisk()).toEqual(saved);
    const kept = (await readdir(t.dataDir)).filter((name) => name.startsWith('identity.json.'));
    expect(kept).toEqual(['identity.json.corrupt-2026-09-01T09-00-00-000Z']);
    expect(await readFile(join(t.dataDir, kept[0]!), 'utf8')).toBe(
      '{"format": "cto-portfolio-identity", "roles": [',
    );
  });
});
