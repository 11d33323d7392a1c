/** StackOverflowSignature: marks stack overflows. */
import { pythonEquals, pythonGet } from '../python/python-values.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'StackOverflowSignature';

/**
 * Reads `reason`; prepends `stackoverflow | ` for `EXCEPTION_STACK_OVERFLOW`, whose top frames
 * are wherever the stack ran out rather than the recursion at fault. Bug 1796389,
 * research/socorro-processor.md §3.2 step 10.
 */
export const stackOverflowRule: SignatureRule = {
  name: NAME,
  description: 'Prepends "stackoverflow | " when the crash reason is EXCEPTION_STACK_OVERFLOW.',
  predicate: ({ crashData }) =>
    pythonEquals(pythonGet(crashData, 'reason'), 'EXCEPTION_STACK_OVERFLOW'),
  action({ result }) {
    result.setSignature(NAME, `stackoverflow | ${result.signature}`);
  },
};
