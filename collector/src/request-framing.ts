/**
 * The first phase of a submission: the request headers that say how to read the body
 * (Content-Type, Content-Length, Content-Encoding), checked in the reference's order with its
 * odd strictness (research/antenna-collector.md §1.2, §2.1, §2.2). Nothing of the body is read.
 */
import type { IncomingHttpHeaders } from 'node:http';
import {
  parseHeaderValue,
  rstripPythonWhitespace,
  stripPythonWhitespace,
} from './header-parameters.js';
import { malformed, SubmissionRejection } from './submission-rejection.js';

/** How to read a submission's body. */
export interface SubmissionFraming {
  /** The Content-Type header as sent; the multipart phase reads its boundary. */
  readonly contentType: string;
  /** The Content-Length header value: the size on the wire, compressed when gzipped. */
  readonly contentLength: number;
  /** Whether the body is one gzip member (`Content-Encoding: gzip`, exactly). */
  readonly isGzipped: boolean;
}

const MULTIPART_TYPES = new Set(['multipart/form-data', 'multipart/mixed']);

/** Checks the framing headers; throws a SubmissionRejection naming the first problem. */
export function readSubmissionFraming(
  headers: IncomingHttpHeaders,
  maxBodyBytes: number,
): SubmissionFraming {
  const contentLength = Number(headers['content-length'] ?? 0);
  // The reference's proxy refuses oversized bodies before the collector sees anything.
  if (contentLength > maxBodyBytes) {
    throw new SubmissionRejection(
      'payload_too_large',
      `Content-Length ${contentLength} is over the limit of ${maxBodyBytes} bytes`,
    );
  }
  const contentType = headers['content-type'] ?? '';
  if (contentType === '') throw malformed('no_content_type');
  const semicolon = contentType.indexOf(';');
  const mediaType = stripPythonWhitespace(
    semicolon < 0 ? contentType : contentType.slice(0, semicolon),
  );
  if (!MULTIPART_TYPES.has(mediaType)) throw malformed('wrong_content_type', mediaType);
  // Only the text right after the first semicolon counts: `; charset=x; boundary=y` fails.
  if (
    semicolon < 0 ||
    !stripPythonWhitespace(contentType.slice(semicolon + 1)).startsWith('boundary=')
  ) {
    throw malformed('no_boundary');
  }
  if (contentLength === 0) throw malformed('no_content_length');
  return { contentType, contentLength, isGzipped: headers['content-encoding'] === 'gzip' };
}

/**
 * The multipart boundary, read from the Content-Type as the reference's framework reads it:
 * the last `boundary` parameter, unquoted, trailing whitespace removed, 1 to 70 characters.
 */
export function readBoundary(contentType: string): Buffer {
  const boundary = rstripPythonWhitespace(
    parseHeaderValue(contentType).parameters.get('boundary') ?? '',
  );
  if (boundary.length < 1 || boundary.length > 70) {
    throw new SubmissionRejection(
      'invalid_boundary',
      'The boundary parameter must consist of 1 to 70 characters',
    );
  }
  // Python encodes the (latin-1 decoded) header text as UTF-8 to get the delimiter bytes.
  return Buffer.from(boundary, 'utf8');
}
