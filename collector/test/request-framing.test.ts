import { describe, expect, it } from 'vitest';
import { readBoundary, readSubmissionFraming } from '../src/request-framing.js';
import { SubmissionRejection } from '../src/submission-rejection.js';

function codeOf(action: () => unknown): string {
  try {
    action();
    return 'accepted';
  } catch (error) {
    if (error instanceof SubmissionRejection) return error.code;
    throw error;
  }
}

const LIMIT = 1000;

describe('readSubmissionFraming', () => {
  it.each([
    [{}, 'malformed_no_content_type'],
    [{ 'content-type': '' }, 'malformed_no_content_type'],
    [{ 'content-type': 'application/json' }, 'malformed_wrong_content_type'],
    [{ 'content-type': 'Multipart/Form-Data; boundary=x' }, 'malformed_wrong_content_type'],
    [{ 'content-type': 'multipart/form-data' }, 'malformed_no_boundary'],
    [{ 'content-type': 'multipart/form-data; charset=utf-8; boundary=x' }, 'malformed_no_boundary'],
    [{ 'content-type': 'multipart/form-data; boundary=x' }, 'malformed_no_content_length'],
    [
      { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '0' },
      'malformed_no_content_length',
    ],
    [{ 'content-type': 'application/json', 'content-length': '1001' }, 'payload_too_large'],
    [{ 'content-type': 'multipart/form-data;boundary=x', 'content-length': '1000' }, 'accepted'],
    [{ 'content-type': ' multipart/mixed ; boundary=x', 'content-length': '5' }, 'accepted'],
  ])('answers %j with %s', (headers, code) => {
    expect(codeOf(() => readSubmissionFraming(headers, LIMIT))).toBe(code);
  });

  it('takes gzip only when Content-Encoding is exactly "gzip"', () => {
    const framing = (encoding: string) =>
      readSubmissionFraming(
        {
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': '9',
          'content-encoding': encoding,
        },
        LIMIT,
      ).isGzipped;
    expect([framing('gzip'), framing('GZIP'), framing('x-gzip')]).toEqual([true, false, false]);
  });
});

describe('readBoundary', () => {
  it.each([
    ['multipart/form-data; boundary=abc', 'abc'],
    ['multipart/form-data; boundary="a;b c"', 'a;b c'],
    ['multipart/form-data; boundary=abc   ', 'abc'],
    ['multipart/form-data; boundary=one; boundary=two', 'two'],
    ['multipart/form-data; boundary=' + 'x'.repeat(70), 'x'.repeat(70)],
  ])('reads %j as %j', (contentType, boundary) => {
    expect(readBoundary(contentType).toString()).toBe(boundary);
  });

  it('refuses an empty boundary and one over 70 characters', () => {
    expect(codeOf(() => readBoundary('multipart/form-data; boundary='))).toBe('invalid_boundary');
    expect(codeOf(() => readBoundary('multipart/form-data; boundary=' + 'x'.repeat(71)))).toBe(
      'invalid_boundary',
    );
  });
});
