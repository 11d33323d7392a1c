/**
 * Why the reader refused a dump or one of its streams. Each kind names a layer of the format:
 *
 * - `MissingHeader`: fewer than 32 bytes; not a minidump at all.
 * - `HeaderMismatch`: the signature is not "MDMP" in either byte order.
 * - `VersionMismatch`: the low 16 bits of the version are not 0xA793.
 * - `MissingDirectory`: the stream directory lies outside the file (truncated dump).
 * - `StreamNotFound`: the stream is absent; callers treat the data as unknown.
 * - `StreamReadFailure`: a directory entry points outside the file.
 * - `StreamSizeMismatch`: a stream's size disagrees with its entry count (`expected`, `actual`).
 * - `DataOutOfBounds`: a structure or an RVA inside a stream points past the end of the data.
 * - `StringReadFailure`: a MINIDUMP_STRING is truncated, odd-sized or not valid UTF-16.
 * - `CodeViewReadFailure`: a module's CodeView record is unreadable.
 * - `ContextReadFailure`: a CONTEXT record is too short or its CPU flags do not match SystemInfo.
 *
 * Only the first four make a whole dump unreadable; the others affect one stream or record.
 */
export type MinidumpErrorKind =
  | 'MissingHeader'
  | 'HeaderMismatch'
  | 'VersionMismatch'
  | 'MissingDirectory'
  | 'StreamNotFound'
  | 'StreamReadFailure'
  | 'StreamSizeMismatch'
  | 'DataOutOfBounds'
  | 'StringReadFailure'
  | 'CodeViewReadFailure'
  | 'ContextReadFailure';

/** Numbers that explain a reader error, when there are some. */
export interface MinidumpErrorDetails {
  readonly streamType?: number;
  readonly offset?: number;
  readonly expected?: number;
  readonly actual?: number;
  readonly cause?: unknown;
}

/** The reader's typed error: `kind` is stable, the message is for people. */
export class MinidumpError extends Error {
  override readonly name = 'MinidumpError';
  readonly kind: MinidumpErrorKind;
  readonly streamType: number | undefined;
  readonly offset: number | undefined;
  readonly expected: number | undefined;
  readonly actual: number | undefined;

  constructor(kind: MinidumpErrorKind, message: string, details: MinidumpErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.streamType = details.streamType;
    this.offset = details.offset;
    this.expected = details.expected;
    this.actual = details.actual;
  }
}
