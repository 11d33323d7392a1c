/**
 * Gzip bodies, decompressed as the reference does (Python's `zlib.decompress(data, 16 + 15)`):
 * exactly one gzip member, its header and trailer checked, bytes after it ignored. Node's own
 * gunzip would also decode the members that follow, which the reference drops
 * (research/antenna-collector.md §2.2), so the header and trailer are read here and only the
 * deflate stream goes to zlib. Output is handed on chunk by chunk and counted, so a gzip bomb
 * is stopped at the limit instead of filling memory.
 */
import zlib from 'node:zlib';
import { malformed, SubmissionRejection } from './submission-rejection.js';

const FLAG_HEADER_CRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;
const FLAG_RESERVED = 0xe0;

/** Where decompressed bytes go, and how much may come out. */
export interface GunzipOptions {
  /** Larger output is refused with `payload_too_large`. */
  readonly maxOutputBytes: number;
  /** Receives each decompressed chunk; an exception stops decompression and is rethrown. */
  readonly onChunk: (chunk: Buffer) => void;
}

/** Decompresses the first gzip member of `body`; throws `bad_gzip` or `payload_too_large`. */
export async function gunzipFirstMember(body: Buffer, options: GunzipOptions): Promise<void> {
  const deflateStart = readGzipHeader(body);
  const inflater = zlib.createInflateRaw();
  let outputLength = 0;
  let crc = 0;
  await new Promise<void>((resolve, reject) => {
    inflater.on('data', (chunk: Buffer) => {
      outputLength += chunk.length;
      if (outputLength > options.maxOutputBytes) {
        inflater.destroy();
        reject(
          new SubmissionRejection(
            'payload_too_large',
            `decompressed body is over the limit of ${options.maxOutputBytes} bytes`,
          ),
        );
        return;
      }
      crc = zlib.crc32(chunk, crc);
      try {
        options.onChunk(chunk);
      } catch (error) {
        inflater.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    inflater.on('error', (error) => reject(malformed('bad_gzip', error.message)));
    inflater.on('end', resolve);
    inflater.end(body.subarray(deflateStart));
  });
  const trailerStart = deflateStart + inflater.bytesWritten;
  if (body.length < trailerStart + 8) throw malformed('bad_gzip', 'truncated gzip trailer');
  if (body.readUInt32LE(trailerStart) !== crc) {
    throw malformed('bad_gzip', 'gzip CRC-32 does not match the data');
  }
  if (body.readUInt32LE(trailerStart + 4) !== outputLength % 2 ** 32) {
    throw malformed('bad_gzip', 'gzip length does not match the data');
  }
}

/** Checks the gzip header and returns where the deflate stream starts. */
function readGzipHeader(body: Buffer): number {
  if (body.length < 10 || body[0] !== 0x1f || body[1] !== 0x8b) {
    throw malformed('bad_gzip', 'not a gzip stream');
  }
  if (body[2] !== 8) throw malformed('bad_gzip', 'unknown gzip compression method');
  const flags = body[3]!;
  if (flags & FLAG_RESERVED) throw malformed('bad_gzip', 'unknown gzip header flags set');
  let offset = 10;
  if (flags & FLAG_EXTRA) {
    if (body.length < offset + 2) throw malformed('bad_gzip', 'truncated gzip header');
    offset += 2 + body.readUInt16LE(offset);
  }
  for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
    if (flags & flag) {
      const end = body.indexOf(0, offset);
      if (end < 0) throw malformed('bad_gzip', 'truncated gzip header');
      offset = end + 1;
    }
  }
  if (flags & FLAG_HEADER_CRC) {
    if (body.length < offset + 2) throw malformed('bad_gzip', 'truncated gzip header');
    if (body.readUInt16LE(offset) !== (zlib.crc32(body.subarray(0, offset)) & 0xffff)) {
      throw malformed('bad_gzip', 'gzip header CRC does not match');
    }
    offset += 2;
  }
  if (offset > body.length) throw malformed('bad_gzip', 'truncated gzip header');
  return offset;
}
