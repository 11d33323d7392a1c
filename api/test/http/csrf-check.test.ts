import { describe, expect, it } from 'vitest';
import { ANONYMOUS_CALLER, type Caller } from '../../src/auth/caller.js';
import { checkCsrf } from '../../src/http/csrf-check.js';

const SESSION: Caller = {
  user: { id: 'u', email: 'e', isSuperuser: false },
  permissions: new Set(),
  via: 'session',
  csrfToken: 'abc',
};
const TOKEN: Caller = { ...SESSION, via: 'token', csrfToken: undefined as never };

const rejected = (request: Parameters<typeof checkCsrf>[0], caller: Caller) => {
  try {
    checkCsrf(request, caller);
    return false;
  } catch (error) {
    return (error as { code?: string }).code === 'AUTH_CSRF_REJECTED';
  }
};

describe('checkCsrf', () => {
  it('lets safe methods through whatever their origin', () => {
    expect(
      rejected(
        { method: 'GET', headers: { origin: 'https://evil.example', host: 'cairn' } },
        SESSION,
      ),
    ).toBe(false);
  });

  it.each([
    [
      'a session POST without the token',
      { method: 'POST', headers: { host: 'cairn' } },
      SESSION,
      true,
    ],
    [
      'a session POST with the wrong token',
      { method: 'POST', headers: { host: 'cairn', 'x-csrf-token': 'abd' } },
      SESSION,
      true,
    ],
    [
      'a session POST with the token',
      { method: 'POST', headers: { host: 'cairn', 'x-csrf-token': 'abc' } },
      SESSION,
      false,
    ],
    [
      'a POST from another origin',
      { method: 'POST', headers: { host: 'cairn', origin: 'http://other' } },
      ANONYMOUS_CALLER,
      true,
    ],
    [
      'a POST from an opaque origin',
      { method: 'POST', headers: { host: 'cairn', origin: 'null' } },
      ANONYMOUS_CALLER,
      true,
    ],
    [
      'a POST the browser marks cross-site',
      { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } },
      TOKEN,
      true,
    ],
    [
      'a same-origin POST',
      { method: 'POST', headers: { host: 'cairn:8080', origin: 'http://cairn:8080' } },
      ANONYMOUS_CALLER,
      false,
    ],
    ['a script’s token POST (no browser headers)', { method: 'POST', headers: {} }, TOKEN, false],
  ] as const)('%s: refused = %s', (_name, request, caller, expected) => {
    expect(rejected(request, caller)).toBe(expected);
  });
});
