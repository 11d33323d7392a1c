import { describe, expect, it } from 'vitest';
import { crashingThreadInfoRule } from '../../src/rules/crashing-thread-info.js';
import { runRule } from '../fixtures/rule-harness.js';

const withDump = (json_dump: unknown) => ({ processedCrash: { json_dump } });

describe('CrashingThreadInfoRule', () => {
  it('does not apply without stack walker output', async () => {
    expect((await runRule(crashingThreadInfoRule)).applied).toBe(false);
    expect((await runRule(crashingThreadInfoRule, withDump(null))).applied).toBe(false);
  });

  it('copies the crashing thread, its name, the reason and the address', async () => {
    const run = await runRule(
      crashingThreadInfoRule,
      withDump({
        crash_info: { crashing_thread: 2, type: 'SIGSEGV', address: '0x00000045' },
        crashing_thread: { thread_name: 'Renderer' },
      }),
    );
    expect(run.processedCrash).toMatchObject({
      crashing_thread: 2,
      crashing_thread_name: 'Renderer',
      reason: 'SIGSEGV',
      address: '0x00000045',
    });
    expect(run.notes).toEqual([]);
  });

  it('notes an unknown crashing thread and defaults the rest', async () => {
    const run = await runRule(crashingThreadInfoRule, withDump({}));
    expect(run.processedCrash).toMatchObject({
      crashing_thread: null,
      crashing_thread_name: null,
      reason: '',
      address: null,
    });
    expect(run.notes).toEqual(['mdsw did not identify the crashing thread']);
  });

  it.each([
    ['0x0000000000000010', { kind: 'null-pointer', address: '0x10' }, '0x0000000000000000'],
    ['0x00000010', { kind: 'null-pointer', address: '0x10' }, '0x00000000'],
    [
      '0xffff800000000000',
      { kind: 'non-canonical', address: '0x0000800000000000' },
      '0x0000800000000000',
    ],
    ['0xffff800000000000', { kind: 'non-canonical', address: null }, '0xffff800000000000'],
    ['0x00001234', null, '0x00001234'],
  ])('reports address %s adjusted by %j as %s', async (address, adjusted, expected) => {
    const run = await runRule(
      crashingThreadInfoRule,
      withDump({ crash_info: { crashing_thread: 0, address, adjusted_address: adjusted } }),
    );
    expect(run.processedCrash.address).toBe(expected);
  });
});
