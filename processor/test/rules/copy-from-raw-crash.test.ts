import { describe, expect, it } from 'vitest';
import { copyFromRawCrashRule } from '../../src/rules/copy-from-raw-crash.js';
import { runRule } from '../fixtures/rule-harness.js';

const copy = (rawCrash: Record<string, unknown>) => runRule(copyFromRawCrashRule, { rawCrash });

describe('CopyFromRawCrashRule', () => {
  it('copies text annotations to their snake_case keys without trailing whitespace', async () => {
    const run = await copy({ ProductName: 'Firefox', Android_CPU_ABI2: 'armeabi  ', Version: '1' });
    expect(run.processedCrash).toMatchObject({
      product: 'Firefox',
      android_cpu_abi2: 'armeabi',
      version: '1',
    });
    expect(run.notes).toEqual([]);
  });

  it('leaves out annotations it does not know', async () => {
    const run = await copy({ SomethingElse: 'x' });
    expect(run.processedCrash).toEqual({ marionette: false, remote_agent: false });
  });

  it.each([
    ['1', true],
    ['true', true],
    ['TRUE', true],
    ['0', false],
    ['False', false],
    [true, true],
  ])('reads the boolean %j as %j', async (value, expected) => {
    expect((await copy({ SafeMode: value })).processedCrash.safe_mode).toBe(expected);
  });

  it('notes a boolean annotation it cannot read and leaves it out', async () => {
    const run = await copy({ SafeMode: 'maybe' });
    expect(run.processedCrash).not.toHaveProperty('safe_mode');
    expect(run.notes).toEqual(['SafeMode has non-boolean value maybe']);
  });

  it.each([
    ['123', 123],
    [' 42 ', 42],
    ['-7', -7],
    ['1_000', 1000],
  ])('reads the integer %j as %j', async (value, expected) => {
    expect((await copy({ TotalPhysicalMemory: value })).processedCrash.total_physical_memory).toBe(
      expected,
    );
  });

  it.each(['12.5', 'lots', '', '99999999999999999999999'])(
    'notes the integer annotation %j it cannot read',
    async (value) => {
      const run = await copy({ TotalPhysicalMemory: value });
      expect(run.processedCrash).not.toHaveProperty('total_physical_memory');
      expect(run.notes).toEqual(['TotalPhysicalMemory has a non-int value']);
    },
  );

  it('reads numbers as floats and notes text that is not one', async () => {
    expect((await copy({ UptimeTS: '12.5' })).processedCrash.uptime_ts).toBe(12.5);
    expect((await copy({ UptimeTS: '1e3' })).processedCrash.uptime_ts).toBe(1000);
    const run = await copy({ UptimeTS: 'soon' });
    expect(run.processedCrash).not.toHaveProperty('uptime_ts');
    expect(run.notes).toEqual(['UptimeTS has a non-float value']);
  });

  it('notes a text annotation that arrived as another JSON type', async () => {
    const run = await copy({ ProductName: 5 });
    expect(run.processedCrash).not.toHaveProperty('product');
    expect(run.notes).toEqual(['ProductName has a non-string value']);
  });

  it('parses object annotations from JSON text and checks their shape', async () => {
    const javaException = {
      exception: {
        values: [
          {
            stacktrace: {
              frames: [{ function: 'run', lineno: 12, in_app: true, module: 'org.Foo' }],
              type: 'java.lang.NullPointerException',
              module: 'java.lang',
              value: 'private message',
            },
          },
        ],
      },
    };
    const run = await copy({ JavaException: JSON.stringify(javaException) });
    expect(run.processedCrash.java_exception).toEqual(javaException);
    expect(run.notes).toEqual([]);
  });

  it.each([
    ['malformed JSON', '{"exception":', 'JavaException value is malformed json'],
    [
      'a value of the wrong shape',
      '{"exception": {"values": [{"stacktrace": {"frames": [{"lineno": "twelve"}]}}]}}',
      'JavaException value is malformed java_exception',
    ],
    ['a list instead of an object', '[1, 2]', 'JavaException value is malformed java_exception'],
  ])('notes %s and leaves the key out', async (_case, text, note) => {
    const run = await copy({ JavaException: text });
    expect(run.processedCrash).not.toHaveProperty('java_exception');
    expect(run.notes).toEqual([note]);
  });

  it('accepts any object as the Telemetry environment', async () => {
    const environment = { partner: { distributionId: 'canonical' }, build: { version: '1' } };
    const run = await copy({ TelemetryEnvironment: JSON.stringify(environment) });
    expect(run.processedCrash.telemetry_environment).toEqual(environment);
  });

  it('defaults marionette and remote_agent to false only when absent', async () => {
    expect((await copy({})).processedCrash).toEqual({ marionette: false, remote_agent: false });
    expect((await copy({ Marionette: '1' })).processedCrash.marionette).toBe(true);
  });
});
