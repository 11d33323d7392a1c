import { describe, expect, it } from 'vitest';
import { javaStackTraceRule, toPublicJavaStackTrace } from '../../src/rules/java-stack-trace.js';
import { runRule } from '../fixtures/rule-harness.js';

const TRACE = [
  'java.lang.NullPointerException: secret user data',
  'more of the message',
  '\tat org.mozilla.Foo.bar(Foo.java:12)',
  '\tat org.mozilla.Foo.main(Foo.java:3)',
  'Caused by: java.lang.IllegalStateException: more secrets',
  '\tat org.mozilla.Baz.qux(Baz.java:7)',
].join('\n');

describe('JavaStackTraceRule', () => {
  it('keeps the raw trace and a public one without the messages and causes', async () => {
    const run = await runRule(javaStackTraceRule, { rawCrash: { JavaStackTrace: TRACE } });
    expect(run.processedCrash).toEqual({
      java_stack_trace_raw: TRACE,
      java_stack_trace:
        'java.lang.NullPointerException\n\tat org.mozilla.Foo.bar(Foo.java:12)\n\tat org.mozilla.Foo.main(Foo.java:3)',
    });
    expect(run.processedCrash.java_stack_trace).not.toContain('secret');
  });

  it('replaces a trace whose frames are not tab-indented with "malformed" and a note', async () => {
    const run = await runRule(javaStackTraceRule, {
      rawCrash: { JavaStackTrace: 'java.lang.Error\n\tat a.b(c)\nnot a frame' },
    });
    expect(run.processedCrash.java_stack_trace).toBe('malformed');
    expect(run.notes).toEqual(['JavaStackTrace: malformed JavaStackTrace']);
  });

  it('reads a class line without a message and skips blank lines', () => {
    expect(toPublicJavaStackTrace('\n\njava.lang.OutOfMemoryError\n\n\tat a.b(c)\n')).toBe(
      'java.lang.OutOfMemoryError\n\tat a.b(c)',
    );
  });
});
