/** AndroidCPUInfoRule: the CPU architecture Android reports. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

const ANDROID_CPU_ABI_ARCHITECTURES: Readonly<Record<string, string>> = {
  'armeabi-v7a': 'arm',
  'arm64-v8a': 'arm64',
  x86_64: 'amd64',
};

/**
 * Reads `Android_CPU_ABI` when `cpu_arch` is still `unknown` (no minidump); writes `cpu_arch`
 * translated to the stack walker's names (`armeabi-v7a` → `arm`, `arm64-v8a` → `arm64`,
 * `x86_64` → `amd64`, anything else as it is). §1.2 rule 35.
 */
export const androidCpuInfoRule: ProcessorRule = {
  name: 'AndroidCPUInfoRule',
  description:
    'When cpu_arch is unknown, takes it from Android_CPU_ABI (armeabi-v7a is arm, arm64-v8a is arm64, x86_64 is amd64).',
  writes: ['cpu_arch'],
  predicate: ({ rawCrash, processedCrash }) =>
    processedCrash.cpu_arch === 'unknown' && typeof rawCrash.Android_CPU_ABI === 'string',
  action({ rawCrash, processedCrash }) {
    const abi = rawCrash.Android_CPU_ABI as string;
    processedCrash.cpu_arch = Object.hasOwn(ANDROID_CPU_ABI_ARCHITECTURES, abi)
      ? ANDROID_CPU_ABI_ARCHITECTURES[abi]
      : abi;
  },
};
