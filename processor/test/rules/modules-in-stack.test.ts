import { describe, expect, it } from 'vitest';
import { modulesInStackRule } from '../../src/rules/modules-in-stack.js';
import { runRule } from '../fixtures/rule-harness.js';

const modules = [
  { filename: 'xul.dll', debug_id: '44E4EC8C2F41492B9369D6B9A059577C2' },
  { filename: 'ntdll.dll', debug_id: 'ABC-123' },
  { filename: 'we ird?.so', debug_id: 'zz01' },
  { filename: 'unused.dll', debug_id: '00' },
];

describe('ModulesInStackRule', () => {
  it('lists the cleaned, sorted, distinct modules of the crashing stack', async () => {
    const run = await runRule(modulesInStackRule, {
      processedCrash: {
        crashing_thread: 1,
        json_dump: {
          modules,
          threads: [
            { frames: [{ module: 'unused.dll' }] },
            {
              frames: [
                { module: 'xul.dll' },
                { module: 'ntdll.dll' },
                { module: 'xul.dll' },
                { module: 'we ird?.so' },
                {},
              ],
            },
          ],
        },
      },
    });
    expect(run.processedCrash.modules_in_stack).toBe(
      'ntdll.dll/ABC123;weird.so/01;xul.dll/44E4EC8C2F41492B9369D6B9A059577C2',
    );
  });

  it('writes nothing without a crashing thread', async () => {
    const run = await runRule(modulesInStackRule, {
      processedCrash: { crashing_thread: null, json_dump: { modules, threads: [] } },
    });
    expect(run.processedCrash).not.toHaveProperty('modules_in_stack');
  });
});
