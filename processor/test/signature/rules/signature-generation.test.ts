import { describe, expect, it } from 'vitest';
import { signatureGenerationRule } from '../../../src/signature/rules/signature-generation.js';
import { crashWithFunctions, runRule, testLists } from '../signature-fixtures.js';

const run = (crashData: Record<string, unknown>) =>
  runRule(signatureGenerationRule, crashData, '', testLists()).result;

describe('SignatureGenerationRule', () => {
  it('signs the crashing thread and keeps all its normalized frames as proto_signature', () => {
    const result = run(crashWithFunctions(['ignored1', 'pre1(int)', 'Foo<int>::bar()', 'baz']));
    expect(result.signature).toBe('pre1 | Foo<T>::bar');
    expect(result.protoSignature).toBe('ignored1 | pre1 | Foo<T>::bar | baz');
    expect(result.normalizedFrames).toEqual(['ignored1', 'pre1', 'Foo<T>::bar', 'baz']);
  });

  it.each([[null], ['x'], [undefined]])('reads thread 0 when crashing_thread is %j', (value) => {
    const crashData = { ...crashWithFunctions(['main']), crashing_thread: value };
    expect(run(crashData).signature).toBe('main');
  });

  it('counts a negative crashing thread from the end, as the reference does', () => {
    const crashData = {
      crashing_thread: -1,
      threads: [{ frames: [{ function: 'first' }] }, { frames: [{ function: 'last' }] }],
    };
    expect(run(crashData).signature).toBe('last');
  });

  it('says which thread had no frames', () => {
    const result = run({ crashing_thread: 3, threads: [] });
    expect(result.signature).toBe('EMPTY: no frame data available');
    expect(result.protoSignature).toBeNull();
    expect(result.notes).toEqual([
      'SignatureGenerationRule: CSignatureTool: no frame data for crashing thread (3)',
    ]);
  });

  it('lower-cases modules of Windows crashes only', () => {
    const crashData = { threads: [{ frames: [{ module: 'KERNEL32.DLL' }, { function: 'x' }] }] };
    expect(run({ ...crashData, os: 'Windows NT' }).protoSignature).toBe('kernel32.dll | x');
    expect(run({ ...crashData, os: 'Mac OS X' }).protoSignature).toBe('KERNEL32.DLL | x');
  });

  it('prefers the Java stack trace, then the Java exception, over frames', () => {
    const frames = crashWithFunctions(['native']);
    const javaException = {
      exception: { values: [{ stacktrace: { type: 'E', module: 'm', frames: [] } }] },
    };
    expect(run({ ...frames, java_stack_trace: 'A: b\nat c.D(D.java:1)' }).signature).toBe(
      'A: b at c.D(D.java)',
    );
    expect(run({ ...frames, java_exception: javaException }).signature).toBe('m.E');
    expect(run({ ...frames, java_exception: {} }).signature).toBe('native');
  });

  it("fails with the reference's own AttributeError when frame data raises KeyError", () => {
    expect(() => run({ threads: [{ frames: [{ unloaded_modules: { a: 1 } }] }] })).toThrow(
      "'Result' object has no attribute 'note'",
    );
  });
});
