import { describe, expect, it } from 'vitest';
import { utilityActorsNameRule } from '../../src/rules/utility-actors-name.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('UtilityActorsNameRule', () => {
  it('splits, trims and drops empty names', async () => {
    const run = await runRule(utilityActorsNameRule, {
      rawCrash: { UtilityActorsName: 'audio-decoder-generic, ,windows-utils ,' },
    });
    expect(run.processedCrash.utility_actors_name).toEqual([
      'audio-decoder-generic',
      'windows-utils',
    ]);
  });

  it('does not apply without the annotation', async () => {
    expect((await runRule(utilityActorsNameRule)).applied).toBe(false);
  });
});
