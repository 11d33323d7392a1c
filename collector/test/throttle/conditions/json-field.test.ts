import { describe, expect, it } from 'vitest';
import { compileError, conditionMatches } from '../condition-harness.js';

const environment = (os: unknown) => ({ TelemetryEnvironment: JSON.stringify({ system: { os } }) });
const buildNumber = {
  key: 'TelemetryEnvironment',
  json: { path: ['system', 'os', 'windowsBuildNumber'], integerAtMost: 9600 },
};

describe('json', () => {
  it.each([
    [{ windowsBuildNumber: 9600 }, true],
    [{ windowsBuildNumber: 7601 }, true],
    [{ windowsBuildNumber: 10240 }, false],
    [{ windowsBuildNumber: 0 }, false],
    [{ windowsBuildNumber: '9200' }, false],
    [{ windowsBuildNumber: 9200.5 }, false],
    [{ windowsBuildNumber: null }, false],
    [{}, false],
  ])('integerAtMost 9600 on %j: %s', (os, expected) => {
    expect(conditionMatches(buildNumber, environment(os))).toBe(expected);
  });
  it('compares strings with equals', () => {
    const when = {
      key: 'TelemetryEnvironment',
      json: { path: ['system', 'os', 'name'], equals: 'Windows_NT' },
    };
    expect(conditionMatches(when, environment({ name: 'Windows_NT' }))).toBe(true);
    expect(conditionMatches(when, environment({ name: 'Linux' }))).toBe(false);
  });
  it.each(['not json', '[1]', '{"system": []}', '{}'])('never matches %j', (text) => {
    expect(conditionMatches(buildNumber, { TelemetryEnvironment: text })).toBe(false);
  });
  it('does not read an object annotation as JSON (Python str() gives its repr)', () => {
    expect(
      conditionMatches(buildNumber, {
        TelemetryEnvironment: { system: { os: { windowsBuildNumber: 1 } } },
      }),
    ).toBe(false);
  });
  it('needs one test', () => {
    expect(compileError({ key: 'T', json: { path: ['a'] } })).toContain('one of `equals`');
  });
});
