import { describe, expect, it } from 'vitest';
import { addonsRule } from '../../src/rules/addons.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('AddonsRule', () => {
  it('splits the add-ons, decodes them and adds a version where one is missing', async () => {
    const run = await runRule(addonsRule, {
      rawCrash: {
        'Add-ons': 'firefox%40getpocket.com:1.0,%7B972ce4c6-7e08%7D:121.0,no-version,a+b:2',
        EMCheckCompatibility: 'TRUE',
      },
    });
    expect(run.processedCrash).toEqual({
      addons_checked: true,
      addons: [
        'firefox@getpocket.com:1.0',
        '{972ce4c6-7e08}:121.0',
        'no-version:NO_VERSION',
        'a b:2',
      ],
    });
  });

  it.each([
    [{}, null, []],
    [{ EMCheckCompatibility: 'false', 'Add-ons': '' }, false, []],
  ])('%j → addons_checked %j, addons %j', async (rawCrash, checked, addons) => {
    const run = await runRule(addonsRule, { rawCrash });
    expect(run.processedCrash).toEqual({ addons_checked: checked, addons });
  });
});
