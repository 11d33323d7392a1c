import { describe, expect, it } from 'vitest';
import { parseHeaderValue } from '../src/header-parameters.js';

const parse = (line: string) => {
  const parsed = parseHeaderValue(line);
  return [parsed.value, Object.fromEntries(parsed.parameters)];
};

describe('parseHeaderValue', () => {
  it.each([
    ['form-data; name="ProductName"', ['form-data', { name: 'ProductName' }]],
    ['form-data; NAME=x ; filename=y.dmp', ['form-data', { name: 'x', filename: 'y.dmp' }]],
    ['form-data; name="a;b"; filename="c\\"d"', ['form-data', { name: 'a;b', filename: 'c"d' }]],
    ['form-data; name="a\\\\b"', ['form-data', { name: 'a\\b' }]],
    ['form-data; name=one; name=two', ['form-data', { name: 'two' }]],
    ['form-data; novalue; name=', ['form-data', { name: '' }]],
    ['text/plain', ['text/plain', {}]],
    [' text/plain ;charset=latin-1 ', ['text/plain', { charset: 'latin-1' }]],
  ])('reads %j', (line, expected) => {
    expect(parse(line)).toEqual(expected);
  });
});
