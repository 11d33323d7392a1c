import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('unsupportedPackageName', () => {
  it.each([
    [{ ProductName: 'Fenix', Android_PackageName: 'org.mozilla.fenix' }, false],
    [{ ProductName: 'Fenix', Android_PackageName: 'org.example.fork' }, true],
    [{ ProductName: 'Fenix' }, true],
    [{ ProductName: 'Firefox', Android_PackageName: 'anything' }, false],
    [{ ProductName: 'constructor' }, false],
  ])('%j is unsupported: %s', (annotations, expected) => {
    expect(conditionMatches({ unsupportedPackageName: true }, annotations)).toBe(expected);
  });
});
