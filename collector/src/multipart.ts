/**
 * A streaming multipart parser with the framing rules of the reference's parser (Falcon 4,
 * research/antenna-collector.md §2.3): the preamble is skipped up to the first `--boundary`;
 * every later delimiter is `CRLF--boundary`; after a delimiter `--` ends the form (no CRLF
 * needed, the epilogue is ignored) and anything but CRLF is an error; part headers end at the
 * first blank line within 8192 bytes; a header line counts only when it has `": "`.
 *
 * Bytes are pushed in as they arrive and parts come out through a handler, so a body is never
 * held twice; the parser itself keeps at most one header block or one delimiter's worth of
 * bytes. Chunks that are neighbours in memory are joined without copying (adjacent-bytes.ts).
 */
import { joinBytes } from './adjacent-bytes.js';

/** The headers of one part that the reference keeps, as raw bytes (decoded by the caller). */
export interface PartHeaders {
  readonly contentType?: Buffer;
  readonly contentDisposition?: Buffer;
}

/** Receives the parts of a form as they are parsed. Exceptions stop the parse. */
export interface MultipartHandler {
  startPart(headers: PartHeaders): void;
  appendPartData(chunk: Buffer): void;
  endPart(): void;
}

/** The body is not a well-formed multipart form; `reason` says where it broke. */
export class MultipartStructureError extends Error {
  constructor(readonly reason: string) {
    super(`malformed multipart body: ${reason}`);
    this.name = 'MultipartStructureError';
  }
}

/** The reference's limit on one part's header block. */
export const MAX_PART_HEADER_BYTES = 8192;

const CRLF = Buffer.from('\r\n');
const CRLF_CRLF = Buffer.from('\r\n\r\n');

type State = 'preamble' | 'after-delimiter' | 'headers' | 'body' | 'done';

/** Parses one multipart body pushed in chunks. */
export class MultipartParser {
  private state: State = 'preamble';
  private pending: Buffer = Buffer.alloc(0);
  private readonly firstDelimiter: Buffer;
  private readonly delimiter: Buffer;

  constructor(
    boundary: Buffer,
    private readonly handler: MultipartHandler,
  ) {
    this.firstDelimiter = Buffer.concat([Buffer.from('--'), boundary]);
    this.delimiter = Buffer.concat([CRLF, this.firstDelimiter]);
  }

  /** Parses the next bytes of the body. */
  write(chunk: Buffer): void {
    if (this.state === 'done') return;
    if (
      this.state === 'body' &&
      this.pending.length > 0 &&
      chunk.length >= this.delimiter.length &&
      !this.delimiterStartsInPending(chunk)
    ) {
      // The kept tail is part data after all: hand it over and go on with the chunk alone,
      // which spares copying every chunk of a large dump.
      this.handler.appendPartData(this.pending);
      this.pending = chunk;
    } else {
      this.pending = joinBytes(this.pending, chunk);
    }
    while (this.step(false));
  }

  /** Whether a delimiter begins in the bytes kept from the previous chunk. */
  private delimiterStartsInPending(chunk: Buffer): boolean {
    const seam = joinBytes(this.pending, chunk.subarray(0, this.delimiter.length - 1));
    const at = seam.indexOf(this.delimiter);
    return at >= 0 && at < this.pending.length;
  }

  /** Finishes the body; throws when the form did not end with its closing delimiter. */
  end(): void {
    while (this.step(true));
    if (this.state !== 'done') {
      throw new MultipartStructureError(
        this.state === 'headers' ? 'incomplete body part headers' : 'unexpected form structure',
      );
    }
  }

  /** Advances one state; returns whether it made progress and should be called again. */
  private step(atEnd: boolean): boolean {
    switch (this.state) {
      case 'preamble':
        return this.skipPreamble(atEnd);
      case 'after-delimiter':
        return this.readAfterDelimiter(atEnd);
      case 'headers':
        return this.readHeaders();
      case 'body':
        return this.readBody(atEnd);
      case 'done':
        return false;
    }
  }

  private skipPreamble(atEnd: boolean): boolean {
    const at = this.pending.indexOf(this.firstDelimiter);
    if (at < 0) {
      if (!atEnd) this.keepTail(this.firstDelimiter.length - 1);
      return false;
    }
    this.consume(at + this.firstDelimiter.length);
    this.state = 'after-delimiter';
    return true;
  }

  private readAfterDelimiter(atEnd: boolean): boolean {
    if (this.pending.length < 2) {
      if (atEnd) throw new MultipartStructureError('unexpected form structure');
      return false;
    }
    if (this.pending[0] === 0x2d && this.pending[1] === 0x2d) {
      this.state = 'done';
      this.pending = Buffer.alloc(0);
      return false;
    }
    if (this.pending[0] !== 0x0d || this.pending[1] !== 0x0a) {
      throw new MultipartStructureError('unexpected form structure');
    }
    this.consume(2);
    this.state = 'headers';
    return true;
  }

  private readHeaders(): boolean {
    const end = this.pending.indexOf(CRLF_CRLF);
    if (
      end > MAX_PART_HEADER_BYTES ||
      (end < 0 && this.pending.length >= MAX_PART_HEADER_BYTES + 4)
    ) {
      throw new MultipartStructureError('incomplete body part headers');
    }
    if (end < 0) return false;
    const headers = parsePartHeaders(this.pending.subarray(0, end));
    this.consume(end + CRLF_CRLF.length);
    this.state = 'body';
    this.handler.startPart(headers);
    return true;
  }

  private readBody(atEnd: boolean): boolean {
    const at = this.pending.indexOf(this.delimiter);
    if (at >= 0) {
      if (at > 0) this.handler.appendPartData(this.pending.subarray(0, at));
      this.consume(at + this.delimiter.length);
      this.state = 'after-delimiter';
      this.handler.endPart();
      return true;
    }
    // Hand over what cannot be the start of a delimiter; keep the rest for the next chunk.
    const safe = atEnd ? this.pending.length : this.pending.length - (this.delimiter.length - 1);
    if (safe > 0) {
      this.handler.appendPartData(this.pending.subarray(0, safe));
      this.consume(safe);
    }
    if (atEnd) {
      // The reference hands the truncated part to its reader before noticing the missing
      // delimiter, so a truncated JSON part is reported as bad JSON first.
      this.handler.endPart();
      throw new MultipartStructureError('unexpected form structure');
    }
    return false;
  }

  private consume(length: number): void {
    this.pending = this.pending.subarray(length);
  }

  private keepTail(length: number): void {
    if (this.pending.length > length)
      this.pending = this.pending.subarray(this.pending.length - length);
  }
}

/** Splits a header block into lines and keeps the headers the reference keeps. */
function parsePartHeaders(block: Buffer): PartHeaders {
  let contentType: Buffer | undefined;
  let contentDisposition: Buffer | undefined;
  let start = 0;
  while (start <= block.length) {
    let end = block.indexOf(CRLF, start);
    if (end < 0) end = block.length;
    const line = block.subarray(start, end);
    start = end + CRLF.length;
    const separator = line.indexOf(': ');
    if (separator < 0) continue;
    const name = line
      .subarray(0, separator)
      .toString('latin1')
      .replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
    const value = line.subarray(separator + 2);
    if (name === 'content-transfer-encoding' && value.toString('latin1') !== 'binary') {
      throw new MultipartStructureError(
        'the deprecated Content-Transfer-Encoding header field is unsupported',
      );
    }
    if (name === 'content-type') contentType = value;
    else if (name === 'content-disposition') contentDisposition = value;
  }
  return {
    ...(contentType ? { contentType } : {}),
    ...(contentDisposition ? { contentDisposition } : {}),
  };
}
