import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSessionCookie, readCookie } from '../../src/http/session-cookie.js';

describe('session cookie', () => {
  it('reads a cookie among others and ignores malformed parts', () => {
    expect(readCookie('a=1; cairn_session=abc%20d; b', 'cairn_session')).toBe('abc d');
    expect(readCookie('cairn_session=%E0%A4%A', 'cairn_session')).toBeUndefined();
    expect(readCookie(undefined, 'cairn_session')).toBeUndefined();
  });

  it('is Secure only when asked', () => {
    expect(formatSessionCookie('s', { maxAgeSeconds: 10.7, secure: true })).toBe(
      'cairn_session=s; Path=/; HttpOnly; SameSite=Lax; Max-Age=10; Secure',
    );
  });

  it('never throws on arbitrary Cookie headers, and round-trips any secret', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (header, secret) => {
        readCookie(header, 'cairn_session');
        const cookie = formatSessionCookie(secret, { maxAgeSeconds: 1, secure: false }).split(
          ';',
        )[0]!;
        expect(readCookie(cookie, 'cairn_session')).toBe(secret === '' ? '' : secret);
      }),
      { numRuns: 2000, interruptAfterTimeLimit: 5000 },
    );
  });
});
