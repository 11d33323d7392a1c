import { describe, expect, it } from 'vitest';
import { androidCpuInfoRule } from '../../src/rules/android-cpu-info.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('AndroidCPUInfoRule', () => {
  it('does not override an architecture the dump gave', async () => {
    const run = await runRule(androidCpuInfoRule, {
      rawCrash: { Android_CPU_ABI: 'armeabi-v7a' },
      processedCrash: { cpu_arch: 'arm64' },
    });
    expect(run.applied).toBe(false);
  });

  it.each([
    ['armeabi-v7a', 'arm'],
    ['arm64-v8a', 'arm64'],
    ['x86_64', 'amd64'],
    ['x86', 'x86'],
  ])('maps %s to %s', async (abi, arch) => {
    const run = await runRule(androidCpuInfoRule, {
      rawCrash: { Android_CPU_ABI: abi },
      processedCrash: { cpu_arch: 'unknown' },
    });
    expect(run.processedCrash.cpu_arch).toBe(arch);
  });
});
