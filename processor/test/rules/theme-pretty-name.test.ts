import { describe, expect, it } from 'vitest';
import { themePrettyNameRule } from '../../src/rules/theme-pretty-name.js';
import { runRule } from '../fixtures/rule-harness.js';

const THEME = '{972ce4c6-7e08-4474-a285-3208198ce6fd}';

describe('ThemePrettyNameRule', () => {
  it('does not apply without the default theme', async () => {
    expect(
      (await runRule(themePrettyNameRule, { processedCrash: { addons: ['a:1'] } })).applied,
    ).toBe(false);
  });

  it('labels the default theme with or without a version', async () => {
    const run = await runRule(themePrettyNameRule, {
      processedCrash: { addons: ['a:1', `${THEME}:121.0`, THEME] },
    });
    expect(run.processedCrash.addons).toEqual([
      'a:1',
      `${THEME} (default theme):121.0`,
      `${THEME} (default theme)`,
    ]);
  });
});
