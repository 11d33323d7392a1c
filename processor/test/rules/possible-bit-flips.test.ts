import { describe, expect, it } from 'vitest';
import { possibleBitFlipsRule } from '../../src/rules/possible-bit-flips.js';
import { runRule } from '../fixtures/rule-harness.js';

const withFlips = (possible_bit_flips: unknown) => ({
  processedCrash: { json_dump: { crash_info: { possible_bit_flips } } },
});

describe('PossibleBitFlipsRule', () => {
  it('writes the highest confidence as a whole number from 0 to 100', async () => {
    const run = await runRule(
      possibleBitFlipsRule,
      withFlips([{ confidence: 0.25 }, { confidence: 0.875 }, {}]),
    );
    expect(run.processedCrash.possible_bit_flips_max_confidence).toBe(87);
  });

  it.each([[null], [[]]])('writes nothing for %j', async (flips) => {
    const run = await runRule(possibleBitFlipsRule, withFlips(flips));
    expect(run.processedCrash).not.toHaveProperty('possible_bit_flips_max_confidence');
  });
});
