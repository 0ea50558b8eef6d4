import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api/api-error';
import { createInvoke } from '../../renderer/api/client';
import {
  httpTransport,
  takeTokenFromLocation,
  TOKEN_STORAGE_KEY,
} from '../../renderer/api/transport';

const profile = {
  id: 'p1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 1,
  deletedAt: null,
  name: 'Ana',
  organisation: '',
  mentorName: '',
  cohortYear: null,
  welcomeCompletedAt: null,
};

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('api client', () => {
  it('returns the result when the envelope and the result match the contract', async () => {
    const invoke = createInvoke(async () => ({ ok: true, result: profile }));
    expect((await invoke('welcome-skip', {})).name).toBe('Ana');
  });

  it('turns a refusal into an ApiError carrying the core’s code and sentence', async () => {
    const invoke = createInvoke(async () => ({
      ok: false,
      error: { code: 'not-found', message: 'That assignment no longer exists.' },
    }));
    const error = await failureOf(invoke('assignment-delete', { id: 'x' }));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('That assignment no longer exists.');
  });

  it('refuses a result that does not match the contract’s output schema', async () => {
    const invoke = createInvoke(async () => ({ ok: true, result: { ...profile, revision: 0 } }));
    const error = await failureOf(invoke('welcome-skip', {}));
    expect(error.code).toBe('internal');
    expect(error.message).toContain('did not understand');
  });

  it('refuses an answer that is not an envelope', async () => {
    const invoke = createInvoke(async () => '<html>proxy error</html>');
    expect((await failureOf(invoke('app-info', {}))).code).toBe('internal');
  });

  it('posts the input with the secret token to the browser host', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: true, result: profile }));
    }) as typeof fetch;
    await createInvoke(httpTransport('s3cret', fetchFn))('profile-update', { name: 'Ana' });
    expect(seen[0]?.url).toBe('/api/profile-update');
    expect(new Headers(seen[0]?.init.headers).get('x-cto-token')).toBe('s3cret');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ name: 'Ana' });
  });
});

describe('token from the page address', () => {
  function memoryStorage(initial: Record<string, string> = {}) {
    const items = new Map(Object.entries(initial));
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      items,
    };
  }

  it('takes the token and removes it from the visible URL, keeping the rest', () => {
    let replaced = '';
    const storage = memoryStorage();
    const token = takeTokenFromLocation(
      { search: '?token=abc123&lang=en', pathname: '/', hash: '#/sessions' },
      { state: null, replaceState: (_state, _title, url) => void (replaced = String(url)) },
      storage,
    );
    expect(token).toBe('abc123');
    expect(replaced).toBe('/?lang=en#/sessions');
    expect(storage.items.get(TOKEN_STORAGE_KEY)).toBe('abc123');
  });

  it('finds the token again after a reload, when the address no longer has it', () => {
    let calls = 0;
    const token = takeTokenFromLocation(
      { search: '', pathname: '/', hash: '#/assignments' },
      { state: null, replaceState: () => void calls++ },
      memoryStorage({ [TOKEN_STORAGE_KEY]: 'kept' }),
    );
    expect(token).toBe('kept');
    expect(calls).toBe(0);
  });

  it('answers an empty token when neither the address nor the tab has one', () => {
    const token = takeTokenFromLocation(
      { search: '', pathname: '/', hash: '' },
      { state: null, replaceState: () => undefined },
      memoryStorage(),
    );
    expect(token).toBe('');
  });
});
