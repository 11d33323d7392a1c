/** ESRVersionRewrite: marks ESR versions. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads `release_channel` and `version`; on the `esr` channel appends `esr` to `version`
 * (`115.6.0` → `115.6.0esr`), the form ESR versions have in Crash Stats. A missing version adds
 * the note `"Version" missing from esr release raw_crash`. §1.2 rule 8.
 */
export const esrVersionRewriteRule: ProcessorRule = {
  name: 'ESRVersionRewrite',
  description: 'Appends "esr" to the version of crashes from the esr release channel.',
  writes: ['version'],
  predicate: ({ processedCrash }) => processedCrash.release_channel === 'esr',
  action({ processedCrash, notes }) {
    if (typeof processedCrash.version === 'string') {
      processedCrash.version = `${processedCrash.version}esr`;
    } else {
      notes.add('"Version" missing from esr release raw_crash');
    }
  },
};
