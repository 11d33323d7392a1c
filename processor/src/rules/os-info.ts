/** OSInfoRule: the operating system. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStrip } from '../signature/python/python-strings.js';
import { readPath } from '../values/json-object.js';

/**
 * Reads `json_dump.system_info.os` and `os_ver`; writes `os_name` (default `Unknown`) and
 * `os_version` (default empty), trimmed. §1.2 rule 37.
 */
export const osInfoRule: ProcessorRule = {
  name: 'OSInfoRule',
  description:
    'Writes os_name (default Unknown) and os_version (default empty) from the stack walker system information.',
  writes: ['os_name', 'os_version'],
  action({ processedCrash }) {
    const osName = readPath(processedCrash, 'json_dump.system_info.os', 'Unknown');
    const osVersion = readPath(processedCrash, 'json_dump.system_info.os_ver', '');
    processedCrash.os_name = typeof osName === 'string' ? pythonStrip(osName) : 'Unknown';
    processedCrash.os_version = typeof osVersion === 'string' ? pythonStrip(osVersion) : '';
  },
};
