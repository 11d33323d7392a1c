/**
 * Reading a submission's body into the multipart parser. A plain body is parsed as it arrives;
 * a gzip body is received whole (it is at most the body limit), then decompressed chunk by
 * chunk into the parser. Either way the whole body is read even after the parser has found a
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
    await readChunks(body, deliver);
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

/** Reads every chunk; a connection lost before the end is a BodyAbandonedError. */
async function readChunks(body: Readable, onChunk: (chunk: Buffer) => void): Promise<void> {
  try {
    for await (const chunk of body) onChunk(chunk as Buffer);
  } catch (error) {
    throw new BodyAbandonedError({ cause: error });
  }
}
