/** ShutDownHangCrashingThreadRule: shutdown hangs are about thread 0. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads `signature`; when it starts with `shutdownhang` (the signature was rebuilt from thread
 * 0, where a stuck shutdown waits) writes `crashing_thread` = 0 so the report page shows the
 * thread the signature describes. TopMostFilesRule and ModulesInStackRule already ran with
 * the original crashing thread. §1.2 rule 50.
 */
export const shutDownHangCrashingThreadRule: ProcessorRule = {
  name: 'ShutDownHangCrashingThreadRule',
  description: 'Sets crashing_thread to 0 for shutdownhang signatures, which describe thread 0.',
  writes: ['crashing_thread'],
  predicate: ({ processedCrash }) =>
    typeof processedCrash.signature === 'string' &&
    processedCrash.signature.startsWith('shutdownhang'),
  action({ processedCrash }) {
    processedCrash.crashing_thread = 0;
  },
};
