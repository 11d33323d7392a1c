/**
 * Builds a crash report the way Breakpad and Crashpad clients send it: multipart/form-data
 * with one text field per annotation and one file part per dump.
 */
import { randomBytes } from 'node:crypto';

/** What goes into a crash report. */
export interface CrashReportParts {
  /** Annotations, sent as text fields in this order (or as one JSON part, see below). */
  readonly annotations: Readonly<Record<string, string>>;
  /** Dumps by name (`upload_file_minidump` for the main one), sent as file parts. */
  readonly dumps: ReadonlyMap<string, Uint8Array>;
  /**
   * Send the annotations as one `extra` part (`extra.json`, application/json), as Firefox's
   * crash reporter does, instead of one text field each. @defaultValue false
   */
  readonly annotationsAsJson?: boolean;
}

/** A request body with its content type. */
export interface EncodedCrashReport {
  readonly contentType: string;
  readonly body: Buffer;
}

/** Encodes a crash report as multipart/form-data. */
export function formatCrashReport(
  parts: CrashReportParts,
  boundary = `------------------------${randomBytes(12).toString('hex')}`,
): EncodedCrashReport {
  const chunks: Buffer[] = [];
  if (parts.annotationsAsJson) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="extra"; filename="extra.json"\r\nContent-Type: application/json\r\n\r\n`,
      ),
      Buffer.from(JSON.stringify(parts.annotations), 'utf8'),
      Buffer.from('\r\n'),
    );
  }
  for (const [name, value] of parts.annotationsAsJson ? [] : Object.entries(parts.annotations)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"\r\n\r\n`,
      ),
    );
    chunks.push(Buffer.from(value, 'utf8'), Buffer.from('\r\n'));
  }
  for (const [name, bytes] of parts.dumps) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"; filename="${escapeQuoted(name)}.dmp"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    chunks.push(Buffer.from(bytes), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(chunks) };
}

function escapeQuoted(text: string): string {
  return text.replace(/["\\\r\n]/g, (character) => encodeURIComponent(character));
}
