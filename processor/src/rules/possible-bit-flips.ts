/** PossibleBitFlipsRule: how likely the crash address is a flipped bit. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { isJsonObject, readPath } from '../values/json-object.js';

/**
 * Reads `json_dump.crash_info.possible_bit_flips[].confidence` (0.0–1.0 per candidate address
 * that differs from the crash address by one bit); writes
 * `possible_bit_flips_max_confidence`, the highest as a whole number from 0 to 100 (histograms
 * need whole numbers). Nothing is written without candidates. §1.2 rule 16.
 */
export const possibleBitFlipsRule: ProcessorRule = {
  name: 'PossibleBitFlipsRule',
  description:
    'Writes possible_bit_flips_max_confidence: the highest bit-flip confidence of the crash address, 0-100.',
  writes: ['possible_bit_flips_max_confidence'],
  action({ processedCrash }) {
    const bitFlips = readPath(processedCrash, 'json_dump.crash_info.possible_bit_flips', null);
    if (!Array.isArray(bitFlips) || bitFlips.length === 0) return;
    const confidences = bitFlips.map((flip) =>
      isJsonObject(flip) && typeof flip.confidence === 'number' ? flip.confidence : 0,
    );
    processedCrash.possible_bit_flips_max_confidence = Math.trunc(Math.max(...confidences) * 100);
  },
};
