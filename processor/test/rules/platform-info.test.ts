import { describe, expect, it } from 'vitest';
import { platformInfoRule } from '../../src/rules/platform-info.js';
import { runRule } from '../fixtures/rule-harness.js';

const annotations = {
  CPUArchitecture: 'arm64',
  CPUInfo: 'Apple M1',
  OS: 'Mac OS X',
  OSVersion: '14.1',
};

describe('PlatformInfoRule', () => {
  it('fills what the minidump left unknown', async () => {
    const run = await runRule(platformInfoRule, {
      rawCrash: annotations,
      processedCrash: {
        cpu_arch: 'unknown',
        cpu_info: 'unknown',
        os_name: 'Unknown',
        os_version: '',
      },
    });
    expect(run.processedCrash).toEqual({
      cpu_arch: 'arm64',
      cpu_info: 'Apple M1',
      os_name: 'Mac OS X',
      os_version: '14.1',
    });
  });

  it('keeps what the minidump gave', async () => {
    const fromDump = {
      cpu_arch: 'amd64',
      cpu_info: 'Intel',
      os_name: 'Windows NT',
      os_version: '10.0',
    };
    const run = await runRule(platformInfoRule, {
      rawCrash: annotations,
      processedCrash: fromDump,
    });
    expect(run.processedCrash).toEqual(fromDump);
  });

  it('fills keys that are missing altogether', async () => {
    const run = await runRule(platformInfoRule, { rawCrash: { OS: 'Linux' } });
    expect(run.processedCrash).toEqual({ os_name: 'Linux' });
  });
});
