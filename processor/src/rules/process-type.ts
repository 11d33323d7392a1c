/** ProcessTypeRule: which process crashed. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads `ProcessType`; writes `process_type` (`parent`, `content`, `gpu`, `rdd`, `utility`…),
 * `parent` when absent; the old name `main` is rewritten to `parent` so both group together.
 * §1.2 rule 21.
 */
export const processTypeRule: ProcessorRule = {
  name: 'ProcessTypeRule',
  description: 'Writes process_type from ProcessType (parent when absent; main becomes parent).',
  writes: ['process_type'],
  action({ rawCrash, processedCrash }) {
    const processType = rawCrash.ProcessType ?? 'parent';
    processedCrash.process_type = processType === 'main' ? 'parent' : processType;
  },
};
