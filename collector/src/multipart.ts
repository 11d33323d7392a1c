/**
 * A minimal multipart/form-data reader for the walking skeleton: splits a buffered body on its
 * boundary and classifies parts into annotations (text fields) and dumps (file parts).
 * The collector issue replaces it with the reference's streaming parser.
 */

/** The parts of a crash report. */
export interface ParsedCrashReport {
  readonly annotations: Record<string, string>;
  readonly dumps: Map<string, Uint8Array>;
}

/** A body that is not a readable multipart crash report. */
export class MalformedReportError extends Error {
  constructor(readonly reason: string) {
    super(`malformed crash report: ${reason}`);
    this.name = 'MalformedReportError';
  }
}

/** Reads the boundary parameter of a multipart/form-data content type. */
export function readBoundary(contentType: string | undefined): string {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType))
    throw new MalformedReportError('wrong_content_type');
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new MalformedReportError('no_boundary');
  return boundary;
}

/** Splits a multipart body into annotations and dumps. */
export function parseMultipartReport(body: Buffer, boundary: string): ParsedCrashReport {
  const delimiter = Buffer.from(`--${boundary}`);
  const annotations: Record<string, string> = {};
  const dumps = new Map<string, Uint8Array>();
  let position = body.indexOf(delimiter);
  if (position < 0) throw new MalformedReportError('no_annotations');
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0) throw new MalformedReportError('bad_multipart');
    const next = body.indexOf(delimiter, headerEnd);
    if (next < 0) throw new MalformedReportError('bad_multipart');
    const headers = body.subarray(position, headerEnd).toString('utf8');
    // The part's content ends before the CRLF that precedes the next delimiter.
    const content = body.subarray(headerEnd + 4, next - 2);
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const hasFilename = /\bfilename="/i.test(disposition);
    if (name !== undefined) {
      if (hasFilename) dumps.set(name, new Uint8Array(content));
      else annotations[name] = content.toString('utf8');
    }
    position = next;
  }
  if (Object.keys(annotations).length === 0) throw new MalformedReportError('no_annotations');
  return { annotations, dumps };
}
