import { describe, expect, it } from 'vitest';
import { majorVersionRule } from '../../src/rules/major-version.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('MajorVersionRule', () => {
  it.each([
    ['121.0.1', 121],
    ['115.6.0esr', 115],
    ['12', 12],
    ['', 0],
    ['abc.1', 0],
    [undefined, 0],
  ])('Version %j → %j', async (version, major) => {
    const rawCrash = version === undefined ? {} : { Version: version };
    expect((await runRule(majorVersionRule, { rawCrash })).processedCrash.major_version).toBe(
      major,
    );
  });
});
