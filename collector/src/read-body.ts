/**
 * Reading a submission's body into the multipart parser. A plain body is parsed as it arrives,
 * each chunk copied into one buffer of the declared Content-Length so that the parts are views
 * of it (never copied again, and one allocation per request instead of one per part); a gzip
 * body is received whole (it is at most the body limit), then decompressed chunk by chunk into
 * the parser. Either way the whole body is read even after the parser has found a
 * problem, so the answer goes to a client that is listening again, and problems are reported
 * in the reference's order: a broken gzip stream before anything the parser found.
 */
import type { Readable } from 'node:stream';
import type { Reservation } from './admission.js';
import { gunzipFirstMember } from './decompress.js';
import type { SubmissionFraming } from './request-framing.js';

/** The body would not fit in the in-flight memory budget. */
export class OverloadedError extends Error {
  constructor() {
    super('the in-flight memory budget is used up');
    this.name = 'OverloadedError';
  }
}

/** The client went away (or stalled past the idle timeout) before sending its whole body. */
export class BodyAbandonedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the request body ended before its Content-Length', options);
    this.name = 'BodyAbandonedError';
  }
}

/** Limits and destination of one body. */
export interface BodyReading {
  readonly framing: SubmissionFraming;
  /** The request's share of the memory budget; decompressed bytes are added to it. */
  readonly reservation: Reservation;
  readonly maxDecompressedBytes: number;
  /** The parser's input; its first exception is kept and thrown once the body is read. */
  readonly onChunk: (chunk: Buffer) => void;
}

/** Reads the body through `onChunk`; throws the first problem found. */
export async function readSubmissionBody(body: Readable, reading: BodyReading): Promise<void> {
  let parseError: unknown;
  const deliver = (chunk: Buffer) => {
    if (parseError !== undefined) return;
    try {
      reading.onChunk(chunk);
    } catch (error) {
      parseError = error;
    }
  };

  if (!reading.framing.isGzipped) {
    const place = createBodyBuffer(reading.framing.contentLength);
    await readChunks(body, (chunk) => deliver(place(chunk)));
  } else {
    const chunks: Buffer[] = [];
    await readChunks(body, (chunk) => chunks.push(chunk));
    await gunzipFirstMember(Buffer.concat(chunks), {
      maxOutputBytes: reading.maxDecompressedBytes,
      onChunk: (chunk) => {
        if (!reading.reservation.grow(chunk.length)) throw new OverloadedError();
        deliver(chunk);
      },
    });
  }
  if (parseError !== undefined) throw parseError;
}

/**
 * The largest body received into a single buffer. Larger declared lengths only pass with a
 * raised body limit; their chunks go to the parser as they come.
 */
const MAX_SINGLE_BUFFER_BYTES = 64 * 1024 * 1024;

/**
 * Copies chunks one after another into a buffer of `declaredBytes` and returns each chunk's
 * place in it; a chunk that does not fit (a stream longer than declared) is returned as it is.
 */
function createBodyBuffer(declaredBytes: number): (chunk: Buffer) => Buffer {
  const buffer = Buffer.allocUnsafeSlow(Math.min(declaredBytes, MAX_SINGLE_BUFFER_BYTES));
  let filled = 0;
  return (chunk) => {
    if (filled + chunk.length > buffer.length) return chunk;
    chunk.copy(buffer, filled);
    filled += chunk.length;
    return buffer.subarray(filled - chunk.length, filled);
  };
}

/** Reads every chunk; a connection lost before the end is a BodyAbandonedError. */
async function readChunks(body: Readable, onChunk: (chunk: Buffer) => void): Promise<void> {
  try {
    for await (const chunk of body) onChunk(chunk as Buffer);
  } catch (error) {
    throw new BodyAbandonedError({ cause: error });
  }
}
