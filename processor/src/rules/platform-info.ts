/** PlatformInfoRule: platform details of reports without a minidump. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/** Processed-crash key, annotation, and the value that means "the minidump did not say". */
const FALLBACKS = [
  ['cpu_arch', 'CPUArchitecture', 'unknown'],
  ['cpu_info', 'CPUInfo', 'unknown'],
  ['os_name', 'OS', 'Unknown'],
  ['os_version', 'OSVersion', ''],
] as const;

/**
 * Reads `CPUArchitecture`, `CPUInfo`, `OS`, `OSVersion` (sent by reports that have no
 * minidump, such as crash pings forwarded to the collector); fills `cpu_arch`, `cpu_info`,
 * `os_name` and `os_version` only where the minidump-derived value is missing or the "unknown"
 * placeholder. §1.2 rule 39.
 */
export const platformInfoRule: ProcessorRule = {
  name: 'PlatformInfoRule',
  description:
    'Fills cpu_arch, cpu_info, os_name and os_version from the CPUArchitecture, CPUInfo, OS and OSVersion annotations where the minidump gave nothing.',
  writes: ['cpu_arch', 'cpu_info', 'os_name', 'os_version'],
  action({ rawCrash, processedCrash }) {
    for (const [key, annotation, placeholder] of FALLBACKS) {
      const current = processedCrash[key];
      const fromAnnotation = rawCrash[annotation];
      if (current !== undefined && current !== null && current !== placeholder) continue;
      if (typeof fromAnnotation === 'string' && fromAnnotation !== '') {
        processedCrash[key] = fromAnnotation;
      }
    }
  },
};
