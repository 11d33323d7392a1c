/** MacBootArgsRule: macOS boot arguments. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { readPath } from '../values/json-object.js';
import { pythonStrip } from '../signature/python/python-strings.js';

/**
 * Reads `json_dump.mac_boot_args` (the kernel boot arguments of a macOS machine, which can
 * identify it); writes `mac_boot_args` (protected) and `has_mac_boot_args` = true when it is
 * non-empty text. A value that is not text adds a note. §1.2 rule 29.
 */
export const macBootArgsRule: ProcessorRule = {
  name: 'MacBootArgsRule',
  description:
    'Copies non-empty macOS boot arguments from the stack walker output to mac_boot_args and sets has_mac_boot_args.',
  writes: ['mac_boot_args', 'has_mac_boot_args'],
  predicate: ({ processedCrash }) => {
    const value = readPath(processedCrash, 'json_dump.mac_boot_args', null);
    return value !== null && value !== '' && value !== false && value !== 0;
  },
  action({ processedCrash, notes }) {
    const value = readPath(processedCrash, 'json_dump.mac_boot_args');
    if (typeof value !== 'string') {
      notes.add(`MacBootArgsRule: mac_boot_args is ${typeName(value)} and not str`);
      return;
    }
    const trimmed = pythonStrip(value);
    if (trimmed !== '') {
      processedCrash.mac_boot_args = trimmed;
      processedCrash.has_mac_boot_args = true;
    }
  },
};

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'boolean') return 'bool';
  return typeof value === 'object' ? 'dict' : typeof value;
}
