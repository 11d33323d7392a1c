import { describe, expect, it } from 'vitest';
import { osPrettyVersionRule } from '../../src/rules/os-pretty-version.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('OSPrettyVersionRule', () => {
  it.each([
    ['Windows NT', '5.1.2600 Service Pack 2', 'Windows XP'],
    ['Windows NT', '6.1.7601', 'Windows 7'],
    ['Windows NT', '10.0.19045', 'Windows 10'],
    ['Windows NT', '10.0.22621', 'Windows 11'],
    ['Windows NT', '10.0.3', 'Windows 11'],
    ['Windows NT', '7.0.1', 'Windows Unknown'],
    ['Windows NT', 'garbage', 'Windows NT'],
    ['Mac OS X', '10.15.7', 'OS X 10.15'],
    ['Mac OS X', '14.1.0', 'macOS 14'],
    ['Mac OS X', '9.2', 'OS X Unknown'],
    ['Android', '33', 'Android 33'],
    ['Android', '', 'Android'],
    ['Solaris', '11', 'Solaris'],
  ])('%s %s → %s', async (osName, osVersion, pretty) => {
    const run = await runRule(osPrettyVersionRule, {
      processedCrash: { os_name: osName, os_version: osVersion },
    });
    expect(run.processedCrash.os_pretty_version).toBe(pretty);
  });

  it.each([
    [
      'the dump',
      { json_dump: { lsb_release: { description: 'Ubuntu 22.04.3 LTS' } } },
      {},
      'Ubuntu 22.04.3 LTS',
    ],
    ['the annotation', {}, { LinuxLSBDescription: 'Debian GNU/Linux 12' }, 'Debian GNU/Linux 12'],
    ['nowhere', {}, {}, 'Linux'],
  ])('names a Linux distribution from %s', async (_case, extra, rawCrash, pretty) => {
    const run = await runRule(osPrettyVersionRule, {
      processedCrash: { os_name: 'Linux', os_version: '6.1', ...extra },
      rawCrash,
    });
    expect(run.processedCrash.os_pretty_version).toBe(pretty);
  });
});
