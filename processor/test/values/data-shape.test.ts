import { describe, expect, it } from 'vitest';
import { findShapeMismatch, jsonTypeOf, type DataShape } from '../../src/values/data-shape.js';

describe('jsonTypeOf', () => {
  it.each([
    [1, 'integer'],
    [1.5, 'number'],
    ['x', 'string'],
    [true, 'boolean'],
    [null, 'null'],
    [[], 'array'],
    [{}, 'object'],
  ])('%j is %s', (value, type) => {
    expect(jsonTypeOf(value)).toBe(type);
  });
});

describe('findShapeMismatch', () => {
  const shape: DataShape = {
    type: 'object',
    properties: {
      list: { type: 'array', items: { type: 'number' } },
      text: { type: 'string', nullable: true },
    },
  };

  it('accepts integers where numbers are expected, null where allowed, and unknown keys', () => {
    expect(findShapeMismatch({ list: [1, 2.5], text: null, other: {} }, shape)).toBeUndefined();
  });

  it('names the first place that does not fit', () => {
    expect(findShapeMismatch({ list: [1, 'two'] }, shape)).toBe(
      '.list.[1]: type string not in number',
    );
    expect(findShapeMismatch('text', shape)).toBe('.: type string not in object');
  });
});

describe('findShapeMismatch on keys named like Object members', () => {
  it('treats them as unknown keys', () => {
    const shape: DataShape = { type: 'object', properties: { a: { type: 'string' } } };
    expect(findShapeMismatch({ constructor: 5, toString: [], a: 'x' }, shape)).toBeUndefined();
  });
});
