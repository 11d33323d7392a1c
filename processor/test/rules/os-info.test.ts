import { describe, expect, it } from 'vitest';
import { osInfoRule } from '../../src/rules/os-info.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('OSInfoRule', () => {
  it('copies and trims the OS name and version', async () => {
    const run = await runRule(osInfoRule, {
      processedCrash: { json_dump: { system_info: { os: ' Windows NT ', os_ver: '10.0.19045 ' } } },
    });
    expect(run.processedCrash).toMatchObject({ os_name: 'Windows NT', os_version: '10.0.19045' });
  });

  it('defaults to Unknown and an empty version', async () => {
    expect((await runRule(osInfoRule)).processedCrash).toEqual({
      os_name: 'Unknown',
      os_version: '',
    });
  });
});
