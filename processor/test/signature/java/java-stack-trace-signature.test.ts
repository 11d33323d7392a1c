import { describe, expect, it } from 'vitest';
import { generateJavaStackTraceSignature } from '../../../src/signature/java/java-stack-trace-signature.js';

describe('generateJavaStackTraceSignature', () => {
  it('joins class, description and first frame without its line number', () => {
    expect(
      generateJavaStackTraceSignature(
        'java.lang.Oops: bad thing\n\tat a.B.c(B.java:12)\n\tat d.E.f(E.java:1)',
      ),
    ).toEqual({ signature: 'java.lang.Oops: bad thing at a.B.c(B.java)', notes: [] });
  });

  it('replaces addresses and keeps the colon when the description ends with one', () => {
    expect(
      generateJavaStackTraceSignature('X: view AbsoluteLayout@4054b560\nat a.B.c(B.java:3)')
        .signature,
    ).toBe('X: view AbsoluteLayout@<addr>: at a.B.c(B.java)');
    expect(
      generateJavaStackTraceSignature('X: token BinderProxy@406237c0 is bad\nat a.B.c(B.java:3)')
        .signature,
    ).toBe('X: token BinderProxy@<addr> is bad at a.B.c(B.java)');
  });

  it('notes a first line without a colon and a missing or empty second line', () => {
    expect(generateJavaStackTraceSignature('Oops')).toEqual({
      signature: 'Oops',
      notes: [
        'JavaSignatureTool: stack trace line 1 is not in the expected format',
        'JavaSignatureTool: stack trace line 2 is missing',
      ],
    });
    expect(generateJavaStackTraceSignature('A: b\n\nat x').notes).toEqual([
      'JavaSignatureTool: stack trace line 2 is empty',
    ]);
  });

  it('drops the description when the signature would pass 255 characters', () => {
    const long = generateJavaStackTraceSignature(`E: ${'t'.repeat(300)}\nat a.B.c(B.java:1)`);
    expect(long).toEqual({
      signature: 'E: at a.B.c(B.java)',
      notes: ['JavaSignatureTool: dropped Java exception description due to length'],
    });
  });

  it('refuses a stack trace that is not text', () => {
    expect(generateJavaStackTraceSignature(17)).toEqual({
      signature: 'EMPTY: Java stack trace not in expected format',
      notes: ['JavaSignatureTool: stack trace not in expected format'],
    });
  });
});
