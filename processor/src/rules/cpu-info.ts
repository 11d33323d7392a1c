/** CPUInfoRule: the CPU of the crashing machine. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { readPath } from '../values/json-object.js';

/**
 * Reads `json_dump.system_info` (`cpu_info`, `cpu_count`, `cpu_arch`, `cpu_microcode_version`)
 * and the `CPUMicrocodeVersion` annotation; writes `cpu_info` (default `unknown`), `cpu_count`
 * (default 0), `cpu_arch` (default `unknown`) and `cpu_microcode_version`: the stack walker's
 * number in hex (`0xde`), else the annotation's text. §1.2 rule 34.
 */
export const cpuInfoRule: ProcessorRule = {
  name: 'CPUInfoRule',
  description:
    'Writes cpu_info, cpu_count, cpu_arch and cpu_microcode_version from the stack walker system information (microcode from the CPUMicrocodeVersion annotation when the dump has none).',
  writes: ['cpu_info', 'cpu_count', 'cpu_arch', 'cpu_microcode_version'],
  action({ rawCrash, processedCrash }) {
    processedCrash.cpu_info = readPath(processedCrash, 'json_dump.system_info.cpu_info', 'unknown');
    processedCrash.cpu_count = readPath(processedCrash, 'json_dump.system_info.cpu_count', 0);
    processedCrash.cpu_arch = readPath(processedCrash, 'json_dump.system_info.cpu_arch', 'unknown');
    const microcode = readPath(processedCrash, 'json_dump.system_info.cpu_microcode_version', null);
    if (typeof microcode === 'number' && Number.isInteger(microcode)) {
      processedCrash.cpu_microcode_version =
        microcode < 0 ? `-0x${(-microcode).toString(16)}` : `0x${microcode.toString(16)}`;
    } else if (typeof microcode === 'string' && microcode !== '') {
      processedCrash.cpu_microcode_version = microcode;
    } else if (typeof rawCrash.CPUMicrocodeVersion === 'string' && rawCrash.CPUMicrocodeVersion) {
      processedCrash.cpu_microcode_version = rawCrash.CPUMicrocodeVersion;
    }
  },
};
