import { describe, expect, it } from 'vitest';
import {
  generateJavaExceptionSignature,
  normalizeJavaExceptionFrame,
} from '../../../src/signature/java/java-exception-signature.js';

const exceptionWith = (stacktrace: unknown) => ({ exception: { values: [{ stacktrace }] } });

describe('generateJavaExceptionSignature', () => {
  it('names the exception class and the first frame', () => {
    const value = exceptionWith({
      type: 'IOException',
      module: 'java.io',
      frames: [
        { module: 'org.Addons', function: 'get', filename: 'Addons.kt' },
        { module: 'org.Other', function: 'x' },
      ],
    });
    expect(generateJavaExceptionSignature(value)).toEqual({
      signature: 'java.io.IOException: at org.Addons.get(Addons.kt)',
      notes: [],
    });
  });

  it('uses the class alone without frames, and Unknown without a type', () => {
    expect(
      generateJavaExceptionSignature(exceptionWith({ module: 'a.b', frames: [] })).signature,
    ).toBe('a.b.Unknown');
  });

  it.each([
    ['not an object'],
    [{ exception: {} }],
    [exceptionWith({ frames: 'x' })],
    [exceptionWith(3)],
  ])('refuses %j with the reference note', (value) => {
    expect(generateJavaExceptionSignature(value)).toEqual({
      signature: 'EMPTY: Java exception not in expected format',
      notes: ['JavaExceptionSignatureTool: value not in expected format'],
    });
  });
});

describe('normalizeJavaExceptionFrame', () => {
  it.each<[Record<string, unknown>, string]>([
    [{}, 'unknown'],
    [{ module: '', function: 'get', filename: 'A.kt' }, 'get(A.kt)'],
    [{ module: 'org.A', function: null, filename: 'A.kt' }, 'org.A(A.kt)'],
    [{ module: 'org.A', function: 'get', filename: '' }, 'org.A.get'],
  ])('%j → %s', (frame, text) => {
    expect(normalizeJavaExceptionFrame(frame)).toBe(text);
  });
});
