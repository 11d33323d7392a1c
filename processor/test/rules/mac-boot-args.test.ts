import { describe, expect, it } from 'vitest';
import { macBootArgsRule } from '../../src/rules/mac-boot-args.js';
import { runRule } from '../fixtures/rule-harness.js';

const withBootArgs = (mac_boot_args: unknown) => ({
  processedCrash: { json_dump: { mac_boot_args } },
});

describe('MacBootArgsRule', () => {
  it.each([[null], ['']])('does not apply to %j', async (value) => {
    expect((await runRule(macBootArgsRule, withBootArgs(value))).applied).toBe(false);
  });

  it('copies trimmed boot arguments and sets the flag', async () => {
    const run = await runRule(macBootArgsRule, withBootArgs(' -v debug=0x144 '));
    expect(run.processedCrash).toMatchObject({
      mac_boot_args: '-v debug=0x144',
      has_mac_boot_args: true,
    });
  });

  it('ignores blank boot arguments', async () => {
    const run = await runRule(macBootArgsRule, withBootArgs('   '));
    expect(run.processedCrash).not.toHaveProperty('has_mac_boot_args');
  });

  it('notes boot arguments that are not text', async () => {
    const run = await runRule(macBootArgsRule, withBootArgs(['-v']));
    expect(run.processedCrash).not.toHaveProperty('mac_boot_args');
    expect(run.notes).toEqual(['MacBootArgsRule: mac_boot_args is list and not str']);
  });
});
