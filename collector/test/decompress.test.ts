import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipFirstMember } from '../src/decompress.js';
import { SubmissionRejection } from '../src/submission-rejection.js';

async function gunzip(body: Buffer, maxOutputBytes = 1 << 20) {
  const chunks: Buffer[] = [];
  try {
    await gunzipFirstMember(body, { maxOutputBytes, onChunk: (chunk) => chunks.push(chunk) });
    return Buffer.concat(chunks).toString();
  } catch (error) {
    if (error instanceof SubmissionRejection) return error.code;
    throw error;
  }
}

const member = (text: string) => gzipSync(Buffer.from(text));

describe('gunzipFirstMember', () => {
  it('decompresses one member', async () => {
    expect(await gunzip(member('hello'))).toBe('hello');
  });

  it('ignores bytes after the first member, including a second member', async () => {
    expect(await gunzip(Buffer.concat([member('one'), Buffer.from('trailing garbage')]))).toBe(
      'one',
    );
    expect(await gunzip(Buffer.concat([member('one'), member('two')]))).toBe('one');
  });

  it('reads the optional name, comment and extra fields of the header', async () => {
    const plain = member('named');
    const header = Buffer.from([0x1f, 0x8b, 8, 0x04 | 0x08 | 0x10, 0, 0, 0, 0, 0, 3]);
    const extra = Buffer.from([2, 0, 0xaa, 0xbb]);
    const body = Buffer.concat([header, extra, Buffer.from('name\0comment\0'), plain.subarray(10)]);
    expect(await gunzip(body)).toBe('named');
  });

  it.each([
    ['a plain body', Buffer.from('--boundary\r\n')],
    ['an empty body', Buffer.alloc(0)],
    ['a truncated stream', member('hello world').subarray(0, 15)],
    ['a missing trailer', member('hello').subarray(0, -8)],
    ['a wrong checksum', Buffer.concat([member('hello').subarray(0, -8), Buffer.alloc(8)])],
    [
      'reserved header flags',
      Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0x20]), member('x').subarray(4)]),
    ],
    ['a zlib stream', Buffer.from([0x78, 0x9c, 0x4b, 0x04, 0x00, 0x00, 0x62, 0x00, 0x62])],
  ])('refuses %s as bad_gzip', async (_case, body) => {
    expect(await gunzip(body)).toBe('malformed_bad_gzip');
  });

  it('stops at the output limit instead of inflating a bomb', async () => {
    expect(await gunzip(gzipSync(Buffer.alloc(10 * 1024 * 1024)), 1024 * 1024)).toBe(
      'payload_too_large',
    );
  });
});
