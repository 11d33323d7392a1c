import { describe, expect, it } from 'vitest';
import { androidOsInfoRule } from '../../src/rules/android-os-info.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('AndroidOSInfoRule', () => {
  it.each([
    ['an OS the dump named', { os_name: 'Linux' }, { Android_Version: '23 (REL)' }],
    ['an unreadable version', { os_name: 'Unknown' }, { Android_Version: 'REL' }],
    ['no annotation', { os_name: 'Unknown' }, {}],
  ])('does not apply with %s', async (_case, processedCrash, rawCrash) => {
    expect((await runRule(androidOsInfoRule, { processedCrash, rawCrash })).applied).toBe(false);
  });

  it.each(['Unknown', 'Android'])('takes the SDK level when os_name is %s', async (osName) => {
    const run = await runRule(androidOsInfoRule, {
      processedCrash: { os_name: osName, os_version: '' },
      rawCrash: { Android_Version: '33 (REL)' },
    });
    expect(run.processedCrash).toEqual({ os_name: 'Android', os_version: '33' });
  });
});
