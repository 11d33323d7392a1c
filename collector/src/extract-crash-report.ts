/**
 * From body bytes to annotations and dumps: the body (decompressed when gzipped) runs through
 * the multipart parser into the part collector. The boundary is read from the Content-Type
 * only once the body decodes, as the reference reads it, so a broken gzip stream is reported
 * before a bad boundary.
 */
import type { Readable } from 'node:stream';
import type { Reservation } from './admission.js';
import { CrashReportCollector, type ExtractedCrashReport } from './annotations.js';
import { MultipartParser, MultipartStructureError } from './multipart.js';
import { readSubmissionBody } from './read-body.js';
import { readBoundary, type SubmissionFraming } from './request-framing.js';
import { malformed } from './submission-rejection.js';

/** A parsed report and the size of the body it came from (decompressed). */
export interface ExtractionResult {
  readonly report: ExtractedCrashReport;
  readonly decodedBytes: number;
}

/** Reads and parses a submission body; throws a SubmissionRejection for a bad one. */
export async function extractCrashReport(
  body: Readable,
  framing: SubmissionFraming,
  options: { readonly reservation: Reservation; readonly maxDecompressedBytes: number },
): Promise<ExtractionResult> {
  const collector = new CrashReportCollector();
  let parser: MultipartParser | undefined;
  const openParser = () =>
    (parser ??= new MultipartParser(readBoundary(framing.contentType), collector));
  let decodedBytes = 0;
  await readSubmissionBody(body, {
    framing,
    reservation: options.reservation,
    maxDecompressedBytes: options.maxDecompressedBytes,
    onChunk: (chunk) => {
      decodedBytes += chunk.length;
      parseStructure(() => openParser().write(chunk));
    },
  });
  parseStructure(() => openParser().end());
  return { report: collector.finish(), decodedBytes };
}

/** Runs a parser step, turning framing errors into the reference's rejection. */
function parseStructure(step: () => void): void {
  try {
    step();
  } catch (error) {
    if (error instanceof MultipartStructureError) {
      throw malformed('invalid_payload_structure', error.reason);
    }
    throw error;
  }
}
