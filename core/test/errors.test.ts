import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CairnError, ERROR_STATUS, hasErrorCode, toCairnError } from '../src/errors.js';

const docsPage = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/errors.md'),
  'utf8',
);

describe('error codes', () => {
  it('are all documented in docs/errors.md with their HTTP status, and nothing else is', () => {
    const documented = Object.fromEntries(
      [...docsPage.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((match) => [
        match[1],
        Number(match[2]),
      ]),
    );
    expect(documented).toEqual(ERROR_STATUS);
  });

  it('are SCREAMING_SNAKE_CASE', () => {
    for (const code of Object.keys(ERROR_STATUS))
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });
});

describe('toCairnError', () => {
  it('keeps a CairnError as it is', () => {
    const error = new CairnError('CRASH_NOT_FOUND', 'No raw crash');
    expect(toCairnError(error)).toBe(error);
  });

  it('turns an unknown throw into INTERNAL without its message, keeping it as the cause', () => {
    const secret = new Error('password=hunter2 at db.internal');
    const normalised = toCairnError(secret);
    expect(normalised).toMatchObject({ code: 'INTERNAL', status: 500, message: 'Internal error' });
    expect(normalised.cause).toBe(secret);
    expect(JSON.stringify({ message: normalised.message, code: normalised.code })).not.toContain(
      'hunter2',
    );
  });

  it('turns a thrown string into INTERNAL', () => {
    expect(toCairnError('boom')).toMatchObject({ code: 'INTERNAL' });
  });
});

describe('hasErrorCode', () => {
  it('tells a CairnError by its code', () => {
    expect(hasErrorCode(new CairnError('BAD_REQUEST', 'x'), 'BAD_REQUEST')).toBe(true);
    expect(hasErrorCode(new CairnError('BAD_REQUEST', 'x'), 'INTERNAL')).toBe(false);
    expect(hasErrorCode(new Error('x'), 'INTERNAL')).toBe(false);
  });
});
