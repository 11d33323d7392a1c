import { describe, expect, it } from 'vitest';
import { phcRule } from '../../src/rules/phc.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('PHCRule', () => {
  it('applies only when PHCKind is present', async () => {
    expect((await runRule(phcRule, { rawCrash: { PHCBaseAddress: '1' } })).applied).toBe(false);
  });

  it('copies the annotations, the base address in hex and the size as a number', async () => {
    const run = await runRule(phcRule, {
      rawCrash: {
        PHCKind: 'FreedPage',
        PHCBaseAddress: '8796093022208',
        PHCUsableSize: '32',
        PHCAllocStack: '100,200',
        PHCFreeStack: '300,400',
      },
    });
    expect(run.processedCrash).toEqual({
      phc_kind: 'FreedPage',
      phc_base_address: '0x80000000000',
      phc_usable_size: 32,
      phc_alloc_stack: '100,200',
      phc_free_stack: '300,400',
    });
  });

  it('leaves out numbers it cannot read', async () => {
    const run = await runRule(phcRule, {
      rawCrash: { PHCKind: 'GuardPage', PHCBaseAddress: 'x', PHCUsableSize: '' },
    });
    expect(run.processedCrash).toEqual({ phc_kind: 'GuardPage' });
  });
});
