import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../../../src/pages/login/safe-next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, query string included', () => {
    expect(safeNextPath('/search/?product=Firefox')).toBe('/search/?product=Firefox');
  });

  it.each([
    ['no next', null],
    ['an empty next', ''],
    ['another site', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash trick', '/\\evil.example/'],
    ['the log-in page itself', '/login/?next=/x'],
  ])('goes home for %s', (_, next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});
