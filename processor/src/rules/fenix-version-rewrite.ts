/** FenixVersionRewriteRule: groups Fenix nightlies under one version. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStr } from '../signature/python/python-values.js';

/**
 * Reads `product` and `version`; for Fenix versions like `Nightly 200315 05:05` writes
 * `version` = `0.0a1` with a note, so Fenix nightlies group together in Crash Stats. Bug
 * 1624911, §1.2 rule 7. The reference's rule tests a `product_name` key that its copy rule never
 * writes, so it never fires there; Cairn tests `product`, the key the copy rule does write.
 */
export const fenixVersionRewriteRule: ProcessorRule = {
  name: 'FenixVersionRewriteRule',
  description: 'Rewrites Fenix versions of the form "Nightly YYMMDD HH:MM" to 0.0a1.',
  writes: ['version'],
  predicate: ({ processedCrash }) =>
    processedCrash.product === 'Fenix' &&
    typeof processedCrash.version === 'string' &&
    processedCrash.version.startsWith('Nightly '),
  action({ processedCrash, notes }) {
    notes.add(`Changed version from '${pythonStr(processedCrash.version)}' to 0.0a1`);
    processedCrash.version = '0.0a1';
  },
};
