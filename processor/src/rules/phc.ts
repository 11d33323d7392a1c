/** PHCRule: the probabilistic heap checker's findings. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { PythonError } from '../signature/python/python-error.js';
import { pythonInt } from '../signature/python/python-int.js';

/**
 * Reads `PHCKind`, `PHCBaseAddress` (decimal), `PHCUsableSize`, `PHCAllocStack`,
 * `PHCFreeStack`, which Firefox's probabilistic heap checker adds when it catches a
 * use-after-free or overflow; writes `phc_kind`, `phc_base_address` (as `0x…` hex),
 * `phc_usable_size` (a number), `phc_alloc_stack` and `phc_free_stack`, all protected.
 * Unreadable numbers are left out. Bug 1523278, §1.2 rule 26.
 */
export const phcRule: ProcessorRule = {
  name: 'PHCRule',
  description:
    'Copies the PHC (probabilistic heap checker) annotations: phc_kind, phc_base_address in hex, phc_usable_size, phc_alloc_stack, phc_free_stack.',
  writes: ['phc_kind', 'phc_base_address', 'phc_usable_size', 'phc_alloc_stack', 'phc_free_stack'],
  predicate: ({ rawCrash }) => Object.hasOwn(rawCrash, 'PHCKind'),
  action({ rawCrash, processedCrash }) {
    processedCrash.phc_kind = rawCrash.PHCKind;
    const baseAddress = readInteger(rawCrash.PHCBaseAddress);
    if (baseAddress !== undefined) {
      processedCrash.phc_base_address =
        baseAddress < 0n ? `-0x${(-baseAddress).toString(16)}` : `0x${baseAddress.toString(16)}`;
    }
    const usableSize = readInteger(rawCrash.PHCUsableSize);
    if (usableSize !== undefined) processedCrash.phc_usable_size = Number(usableSize);
    if (rawCrash.PHCAllocStack !== undefined)
      processedCrash.phc_alloc_stack = rawCrash.PHCAllocStack;
    if (rawCrash.PHCFreeStack !== undefined) processedCrash.phc_free_stack = rawCrash.PHCFreeStack;
  },
};

function readInteger(value: unknown): bigint | undefined {
  if (value === undefined) return undefined;
  try {
    return pythonInt(value);
  } catch (error) {
    if (error instanceof PythonError) return undefined;
    throw error;
  }
}
