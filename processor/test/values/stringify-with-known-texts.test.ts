import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../src/values/json-object.js';
import { stringifyWithKnownTexts } from '../../src/values/stringify-with-known-texts.js';

describe('stringifyWithKnownTexts', () => {
  it('takes a known value from its text', () => {
    const dump = { threads: [{ frames: [1, 2] }] };
    // A text with spaces, which JSON.stringify never writes, shows that it was reused.
    const text = '{ "threads": [ { "frames": [1, 2] } ] }';
    expect(
      stringifyWithKnownTexts({ a: 1, json_dump: dump, b: 'x' }, new Map([[dump, text]])),
    ).toBe(`{"a":1,"json_dump":${text},"b":"x"}`);
  });

  it('writes what JSON.stringify writes: key order, integer-like keys, left-out values', () => {
    const known = { k: [1, 'two'] };
    const object = {
      zeta: known,
      10: 'ten',
      2: 'two',
      gone: undefined,
      nested: { keep: null, drop: undefined },
      text: 'quote " and \u2028 and \ud800',
    } as unknown as JsonObject;
    const texts = new Map<object, string>([[known, JSON.stringify(known)]]);
    expect(stringifyWithKnownTexts(object, texts)).toBe(JSON.stringify(object));
  });

  it('equals JSON.stringify for any JSON object whose known texts are right', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.nat()),
        (object, picks) => {
          const objectValues = Object.values(object).filter(
            (value): value is object => typeof value === 'object' && value !== null,
          );
          const texts = new Map<object, string>();
          for (const pick of picks) {
            const value = objectValues[pick % Math.max(1, objectValues.length)];
            if (value) texts.set(value, JSON.stringify(value));
          }
          expect(stringifyWithKnownTexts(object as JsonObject, texts)).toBe(JSON.stringify(object));
        },
      ),
    );
  });
});
