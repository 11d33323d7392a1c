import { describe, expect, it } from 'vitest';
import { runWatchdogRule } from '../../../src/signature/rules/run-watchdog.js';
import { runRule, testLists } from '../signature-fixtures.js';

describe('SignatureRunWatchDog', () => {
  it('applies to signatures naming RunWatchdog', () => {
    expect(
      runRule(runWatchdogRule, {}, 'mozilla::(anonymous namespace)::RunWatchdog').applied,
    ).toBe(true);
    expect(runRule(runWatchdogRule, {}, 'hello').applied).toBe(false);
  });

  it('signs thread 0 instead and prepends shutdownhang, replacing proto_signature', () => {
    const crashData = {
      crashing_thread: 1,
      threads: [
        { frames: [{ function: 'pre1' }, { function: 'Shutdown()' }] },
        { frames: [{ function: 'RunWatchdog' }] },
      ],
    };
    const { result } = runRule(
      runWatchdogRule,
      crashData,
      'OOM | large | RunWatchdog',
      testLists(),
    );
    expect(result.signature).toBe('shutdownhang | pre1 | Shutdown');
    expect(result.protoSignature).toBe('pre1 | Shutdown');
  });
});
