import { describe, expect, it } from 'vitest';
import { reduceToShape } from '../../src/telemetry/reduce-to-shape.js';
import type { DataShape } from '../../src/values/data-shape.js';

const SHAPE: DataShape = {
  type: 'object',
  properties: {
    name: { type: 'string', nullable: true },
    flag: { type: 'string', nullable: true, convertToText: true },
    size: { type: 'string', nullable: true, convertToText: true },
    count: { type: 'integer' },
    ratio: { type: 'number' },
    tags: { type: 'array', items: { type: 'string' } },
    nested: { type: 'object', properties: { kept: { type: 'boolean' } } },
  },
};

describe('reduceToShape', () => {
  it('keeps known keys, drops unknown ones and converts marked scalars to text', () => {
    expect(
      reduceToShape(
        {
          name: 'n',
          flag: true,
          size: 1024,
          count: 3,
          ratio: 2,
          tags: ['a', 'b'],
          nested: { kept: false, dropped: 1 },
          unknown: 'x',
        },
        SHAPE,
      ),
    ).toEqual({
      value: {
        name: 'n',
        flag: '1',
        size: '1024',
        count: 3,
        ratio: 2,
        tags: ['a', 'b'],
        nested: { kept: false },
      },
      droppedPaths: [],
    });
  });

  it('converts false to "0" and keeps null as null', () => {
    expect(reduceToShape({ flag: false, name: null, size: null }, SHAPE).value).toEqual({
      flag: '0',
      name: null,
      size: null,
    });
  });

  it('leaves out values of the wrong type and reports their paths', () => {
    expect(
      reduceToShape(
        { count: 'three', ratio: 1.5, tags: ['a', 7, 'c'], nested: [], name: 5 },
        SHAPE,
      ),
    ).toEqual({
      value: { ratio: 1.5, tags: ['a', 'c'] },
      droppedPaths: ['.count', '.tags.[1]', '.nested', '.name'],
    });
  });
});

describe('reduceToShape on keys named like Object members', () => {
  it('leaves them out as unknown keys', () => {
    expect(reduceToShape({ constructor: 'x', hasOwnProperty: 1, name: 'n' }, SHAPE).value).toEqual({
      name: 'n',
    });
  });
});
