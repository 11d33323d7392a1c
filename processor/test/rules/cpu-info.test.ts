import { describe, expect, it } from 'vitest';
import { cpuInfoRule } from '../../src/rules/cpu-info.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('CPUInfoRule', () => {
  it('copies the CPU of the stack walker output, the microcode in hex', async () => {
    const run = await runRule(cpuInfoRule, {
      processedCrash: {
        json_dump: {
          system_info: {
            cpu_info: 'GenuineIntel',
            cpu_count: 8,
            cpu_arch: 'amd64',
            cpu_microcode_version: 222,
          },
        },
      },
    });
    expect(run.processedCrash).toMatchObject({
      cpu_info: 'GenuineIntel',
      cpu_count: 8,
      cpu_arch: 'amd64',
      cpu_microcode_version: '0xde',
    });
  });

  it('defaults without a dump and takes the microcode from the annotation', async () => {
    const run = await runRule(cpuInfoRule, { rawCrash: { CPUMicrocodeVersion: '0xf0' } });
    expect(run.processedCrash).toEqual({
      cpu_info: 'unknown',
      cpu_count: 0,
      cpu_arch: 'unknown',
      cpu_microcode_version: '0xf0',
    });
  });

  it('writes no microcode when neither the dump nor the annotation has one', async () => {
    const run = await runRule(cpuInfoRule, {
      processedCrash: { json_dump: { system_info: { cpu_microcode_version: null } } },
    });
    expect(run.processedCrash).not.toHaveProperty('cpu_microcode_version');
  });
});
