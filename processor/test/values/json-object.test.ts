import { describe, expect, it } from 'vitest';
import { isJsonObject, readList, readPath } from '../../src/values/json-object.js';

describe('readPath', () => {
  const value = { a: { b: [{ c: 1 }, null], n: null } };

  it.each([
    ['a.b.0.c', 1],
    ['a.n', null],
    ['a.b.1', null],
  ])('finds %s', (path, expected) => {
    expect(readPath(value, path, 'fallback')).toBe(expected);
  });

  it.each(['a.x', 'a.b.2', 'a.b.0.c.d', 'a.n.x', 'a.b.x'])('falls back for %s', (path) => {
    expect(readPath(value, path, 'fallback')).toBe('fallback');
  });

  it('reads only own keys, never the prototype', () => {
    expect(readPath({}, 'constructor', 'fallback')).toBe('fallback');
  });
});

describe('readList and isJsonObject', () => {
  it('answers an empty list when the value is not a list', () => {
    expect(readList({ a: 'text' }, 'a')).toEqual([]);
    expect(readList({ a: [1] }, 'a')).toEqual([1]);
  });

  it('counts only plain objects as objects', () => {
    expect([{}, [], null, 'x'].map(isJsonObject)).toEqual([true, false, false, false]);
  });
});
