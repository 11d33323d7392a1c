import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PART_HEADER_BYTES,
  MultipartParser,
  MultipartStructureError,
  type MultipartHandler,
} from '../src/multipart.js';
import { annotation, buildMultipartBody, dump } from './fixtures/multipart-builder.js';

interface RecordedPart {
  contentType?: string;
  contentDisposition?: string;
  data: string;
  ended: boolean;
}

/** Parses `body` fed in the given chunk sizes; returns the parts and any structure error. */
function parse(
  body: Buffer,
  chunkSizes: readonly number[] = [body.length],
  boundary = 'cairnboundary',
) {
  const parts: RecordedPart[] = [];
  const handler: MultipartHandler = {
    startPart(headers) {
      parts.push({
        ...(headers.contentType ? { contentType: headers.contentType.toString('latin1') } : {}),
        ...(headers.contentDisposition
          ? { contentDisposition: headers.contentDisposition.toString('latin1') }
          : {}),
        data: '',
        ended: false,
      });
    },
    appendPartData(chunk) {
      parts.at(-1)!.data += chunk.toString('latin1');
    },
    endPart() {
      parts.at(-1)!.ended = true;
    },
  };
  const parser = new MultipartParser(Buffer.from(boundary), handler);
  let error: string | undefined;
  try {
    let offset = 0;
    for (const size of chunkSizes) {
      parser.write(body.subarray(offset, offset + size));
      offset += size;
    }
    parser.write(body.subarray(offset));
    parser.end();
  } catch (thrown) {
    if (!(thrown instanceof MultipartStructureError)) throw thrown;
    error = thrown.reason;
  }
  return { parts, error };
}

const text = (value: string) => Buffer.from(value, 'latin1');

describe('MultipartParser', () => {
  it('reads each part with its kept headers and its bytes', () => {
    const body = buildMultipartBody([
      annotation('ProductName', 'Firefox'),
      dump('upload_file_minidump', 'MDMP\r\n--x'),
    ]);
    expect(parse(body)).toEqual({
      parts: [
        {
          contentDisposition: 'form-data; name="ProductName"',
          contentType: 'text/plain; charset=utf-8',
          data: 'Firefox',
          ended: true,
        },
        {
          contentDisposition:
            'form-data; name="upload_file_minidump"; filename="upload_file_minidump.dmp"',
          contentType: 'application/octet-stream',
          data: 'MDMP\r\n--x',
          ended: true,
        },
      ],
    });
  });

  it('skips the preamble and ignores the epilogue', () => {
    const body = text(
      'junk before\r\n--cairnboundary\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--cairnboundary--epilogue junk',
    );
    expect(parse(body).parts.map((part) => part.data)).toEqual(['1']);
  });

  it('accepts a closing delimiter without a CRLF after it', () => {
    const body = text(
      '--cairnboundary\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--cairnboundary--',
    );
    expect(parse(body).error).toBeUndefined();
  });

  it('keeps only Content-Type and Content-Disposition, matched case-insensitively', () => {
    const body = text(
      '--cairnboundary\r\nCONTENT-TYPE: a/b\r\nX-Other: 1\r\ncontent-disposition: form-data; name="a"\r\n\r\nv\r\n--cairnboundary--',
    );
    expect(parse(body).parts[0]).toEqual({
      contentType: 'a/b',
      contentDisposition: 'form-data; name="a"',
      data: 'v',
      ended: true,
    });
  });

  it('ignores a header line without ": " between name and value', () => {
    const body = text(
      '--cairnboundary\r\nContent-Type:application/json\r\n\r\nv\r\n--cairnboundary--',
    );
    expect(parse(body).parts[0]?.contentType).toBeUndefined();
  });

  it.each([
    ['no delimiter at all', 'just text', 'unexpected form structure'],
    ['no closing delimiter', '--cairnboundary\r\n\r\n\r\nv', 'unexpected form structure'],
    [
      'padding after a delimiter',
      '--cairnboundary  \r\nA: b\r\n\r\nv\r\n--cairnboundary--',
      'unexpected form structure',
    ],
    [
      'a part without its blank line',
      '--cairnboundary\r\nA: b\r\nv\r\n--cairnboundary--',
      'incomplete body part headers',
    ],
    [
      'a transfer encoding other than binary',
      '--cairnboundary\r\nContent-Transfer-Encoding: base64\r\n\r\nv\r\n--cairnboundary--',
      'the deprecated Content-Transfer-Encoding header field is unsupported',
    ],
    ['a body ending right after a delimiter', '--cairnboundary', 'unexpected form structure'],
  ])('refuses %s', (_case, body, reason) => {
    expect(parse(text(body)).error).toBe(reason);
  });

  it('allows a header block of exactly 8192 bytes and refuses one byte more', () => {
    const block = (size: number) => `X-Pad: ${'a'.repeat(size - 7)}`;
    const body = (size: number) =>
      text(`--cairnboundary\r\n${block(size)}\r\n\r\nv\r\n--cairnboundary--`);
    expect(parse(body(MAX_PART_HEADER_BYTES)).error).toBeUndefined();
    expect(parse(body(MAX_PART_HEADER_BYTES + 1)).error).toBe('incomplete body part headers');
  });

  it('hands over a truncated last part before reporting the missing delimiter', () => {
    const { parts, error } = parse(text('--cairnboundary\r\nA: b\r\n\r\n{"trunc'));
    expect(parts).toEqual([{ data: '{"trunc', ended: true }]);
    expect(error).toBe('unexpected form structure');
  });

  it('gives the same parts however the body is cut into chunks', () => {
    const body = buildMultipartBody([
      annotation('A', 'x\r\n-'),
      dump('d', Buffer.from('--cairnboundar\r\n--cairnboundary-')),
      annotation('B', ''),
    ]);
    const whole = parse(body);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), (sizes) => {
        expect(parse(body, sizes)).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });
});
