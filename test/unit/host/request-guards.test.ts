import { describe, expect, it } from 'vitest';
import {
  isAllowedHost,
  isAllowedOrigin,
  tokenMatches,
} from '../../../electron/host/request-guards';

const PORT = 43117;

describe('isAllowedHost', () => {
  it.each(['127.0.0.1:43117', 'localhost:43117', 'LocalHost:43117', ' 127.0.0.1:43117 '])(
    'accepts %j',
    (host) => expect(isAllowedHost(host, PORT)).toBe(true),
  );

  it.each([
    undefined,
    '',
    '127.0.0.1',
    'localhost',
    '127.0.0.1:43118',
    '127.0.0.1:80',
    'evil.example:43117',
    '127.0.0.1.evil.example:43117',
    '127.0.0.1:43117.evil.example',
    'localhost:43117@evil.example',
    '[::1]:43117',
    '0.0.0.0:43117',
    '127.0.0.2:43117',
    ['127.0.0.1:43117'],
    43117,
  ])('refuses %j', (host) => expect(isAllowedHost(host, PORT)).toBe(false));
});

describe('isAllowedOrigin', () => {
  it.each([undefined, 'http://127.0.0.1:43117', 'http://localhost:43117'])('accepts %j', (origin) =>
    expect(isAllowedOrigin(origin, PORT)).toBe(true),
  );

  it.each([
    'null',
    '',
    'http://evil.example',
    'https://127.0.0.1:43117',
    'http://127.0.0.1:43118',
    'http://127.0.0.1:43117.evil.example',
    'file://',
    ['http://127.0.0.1:43117'],
  ])('refuses %j', (origin) => expect(isAllowedOrigin(origin, PORT)).toBe(false));
});

describe('tokenMatches', () => {
  const secret = 'c2VjcmV0LXRva2VuLWZvci10aGUtdGVzdHMtb2YtdGhlLWhvc3Q';

  it('accepts the secret itself', () => expect(tokenMatches(secret, secret)).toBe(true));

  it.each([
    undefined,
    '',
    secret.slice(0, -1),
    `${secret}A`,
    secret.toUpperCase(),
    ` ${secret}`,
    [secret],
  ])('refuses %j', (presented) => expect(tokenMatches(presented, secret)).toBe(false));
});
