/**
 * Turns the parts of a crash report into annotations and dumps, part by part in body order,
 * as the reference does (research/antenna-collector.md §2.4–§2.7): a part whose content type
 * starts with `application/json` replaces the annotations collected so far; a `text/plain` part
 * without a filename is one annotation; anything else is a dump. Soft problems become
 * collector notes; hard ones reject the crash.
 */
import { createHash, type Hash } from 'node:crypto';
import { parsePythonJsonBytes, type PythonJsonValue } from '@cairn/core';
import { continuesInMemory } from './adjacent-bytes.js';
import { parseHeaderValue } from './header-parameters.js';
import type { MultipartHandler, PartHeaders } from './multipart.js';
import { malformed } from './submission-rejection.js';
import { decodeWithPythonCharset } from './text-charsets.js';

/** What a crash report's parts amount to. */
export interface ExtractedCrashReport {
  /** Annotations by name; JSON annotations keep their JSON types. */
  readonly annotations: Record<string, PythonJsonValue>;
  /** Dumps by sanitised name, in the order each name first appeared. */
  readonly dumps: Map<string, Uint8Array>;
  /** The SHA-256 of each dump (lowercase hex), by the same names. */
  readonly dumpChecksums: Map<string, string>;
  /** Collector notes, in the order the problems were met. */
  readonly notes: string[];
  /** `json` when a JSON annotations part was seen, else `multipart`. */
  readonly payload: 'json' | 'multipart';
}

/** The largest text annotation the reference keeps (Falcon's buffer, set to 20 MiB). */
export const MAX_TEXT_ANNOTATION_BYTES = 20 * 1024 * 1024;

/** Dump names that would collide with the storage folders of a crash. */
export const RESERVED_DUMP_NAMES: ReadonlySet<string> = new Set([
  'dump_names',
  'processed_crash',
  'raw_crash',
]);

/** A dump name as stored: ASCII letters, digits and `_` only, at most 30 characters. */
export function sanitizeDumpName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '').slice(0, 30);
}

type PartKind =
  | { readonly kind: 'skipped' }
  | { readonly kind: 'json' }
  | { readonly kind: 'text'; readonly name: string; readonly contentType: string }
  | { readonly kind: 'dump'; readonly name: string };

/**
 * Collects the parts of one report; feed it to a MultipartParser, then call finish(). Dumps are
 * hashed as their bytes arrive, so the checksum costs no second pass and no copy.
 */
export class CrashReportCollector implements MultipartHandler {
  private annotations: Record<string, PythonJsonValue> = {};
  private readonly dumps = new Map<string, Uint8Array>();
  private readonly dumpChecksums = new Map<string, string>();
  private readonly notes: string[] = [];
  private hasJson = false;
  private hasFormAnnotations = false;
  private part: PartKind = { kind: 'skipped' };
  private chunks: Buffer[] = [];
  private partBytes = 0;
  private dumpHash: Hash | undefined;

  startPart(headers: PartHeaders): void {
    this.chunks = [];
    this.partBytes = 0;
    this.part = this.classify(headers);
    this.dumpHash = this.part.kind === 'dump' ? createHash('sha256') : undefined;
  }

  appendPartData(chunk: Buffer): void {
    if (this.part.kind === 'skipped') return;
    this.partBytes += chunk.length;
    // Past the text limit the value is dropped anyway, so stop holding its bytes.
    if (this.part.kind === 'text' && this.partBytes > MAX_TEXT_ANNOTATION_BYTES) return;
    this.dumpHash?.update(chunk);
    const last = this.chunks.at(-1);
    if (last && continuesInMemory(last, chunk)) {
      this.chunks[this.chunks.length - 1] = Buffer.from(
        last.buffer,
        last.byteOffset,
        last.length + chunk.length,
      );
    } else {
      this.chunks.push(chunk);
    }
  }

  endPart(): void {
    const part = this.part;
    const bytes = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    this.chunks = [];
    this.part = { kind: 'skipped' };
    if (part.kind === 'json') this.readJsonAnnotations(bytes);
    else if (part.kind === 'text') this.readTextAnnotation(part.name, part.contentType, bytes);
    else if (part.kind === 'dump') {
      this.dumps.set(part.name, bytes);
      this.dumpChecksums.set(part.name, this.dumpHash!.digest('hex'));
    }
    this.dumpHash = undefined;
  }

  /** The report, once every part is in; rejects a report without annotations. */
  finish(): ExtractedCrashReport {
    if (Object.keys(this.annotations).length === 0) throw malformed('no_annotations');
    if (this.hasJson && this.hasFormAnnotations) {
      this.notes.push('includes annotations in both json-encoded extra and formdata parts');
    }
    return {
      annotations: this.annotations,
      dumps: this.dumps,
      dumpChecksums: this.dumpChecksums,
      notes: this.notes,
      payload: this.hasJson ? 'json' : 'multipart',
    };
  }

  private classify(headers: PartHeaders): PartKind {
    const disposition = parseHeaderValue(decodeHeader(headers.contentDisposition, 'utf8'));
    const name = disposition.parameters.get('name');
    if (!name) return { kind: 'skipped' };
    const contentType = headers.contentType
      ? decodeHeader(headers.contentType, 'ascii')
      : 'text/plain';
    if (contentType.startsWith('application/json')) {
      this.hasJson = true;
      return { kind: 'json' };
    }
    if (contentType.startsWith('text/plain') && !readFilename(disposition.parameters)) {
      this.hasFormAnnotations = true;
      return { kind: 'text', name, contentType };
    }
    if (contentType !== 'application/octet-stream') {
      this.notes.push(`unknown content type: ${name} ${contentType}`);
    }
    const dumpName = sanitizeDumpName(name);
    if (RESERVED_DUMP_NAMES.has(dumpName)) {
      throw malformed('invalid_dump_name', `dump name ${JSON.stringify(dumpName)} is reserved`);
    }
    return { kind: 'dump', name: dumpName };
  }

  private readJsonAnnotations(bytes: Buffer): void {
    let parsed: PythonJsonValue;
    try {
      parsed = parsePythonJsonBytes(bytes);
    } catch (error) {
      throw malformed('invalid_json', (error as Error).message);
    }
    if (!isJsonObject(parsed)) {
      throw malformed('invalid_json_value', 'the JSON annotations are not an object');
    }
    this.annotations = parsed;
  }

  private readTextAnnotation(name: string, contentType: string, bytes: Buffer): void {
    if (this.partBytes > MAX_TEXT_ANNOTATION_BYTES) {
      this.notes.push('extract payload text part exception: body part is too large');
      return;
    }
    const parsed = parseHeaderValue(contentType);
    // Falcon gives no text for a type that only starts with text/plain ("text/plainx").
    if (parsed.value !== 'text/plain') {
      setAnnotation(this.annotations, name, null);
      return;
    }
    const charset = parsed.parameters.get('charset') ?? 'utf-8';
    const text = decodeWithPythonCharset(bytes, charset);
    if (text === undefined) {
      this.notes.push(`extract payload text part exception: invalid text or charset: ${charset}`);
      return;
    }
    setAnnotation(this.annotations, name, text);
  }
}

/** Header bytes as text; bytes the reference cannot decode make the payload malformed. */
function decodeHeader(bytes: Buffer | undefined, encoding: 'utf8' | 'ascii'): string {
  if (!bytes) return '';
  if (encoding === 'ascii' && bytes.some((byte) => byte > 0x7f)) {
    throw malformed('invalid_payload_structure', 'part Content-Type is not ASCII');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw malformed('invalid_payload_structure', 'part Content-Disposition is not UTF-8');
  }
}

/** The part's filename: RFC 5987 `filename*` first, then `filename`. */
function readFilename(parameters: ReadonlyMap<string, string>): string | undefined {
  const extended = /^([\p{L}\p{N}_-]+)'[\p{L}\p{N}_]*'(.+)/u.exec(
    parameters.get('filename*') ?? '',
  );
  if (!extended) return parameters.get('filename');
  const [, charset = '', encoded = ''] = extended;
  const text = decodeWithPythonCharset(percentDecode(encoded), charset);
  if (text === undefined) {
    throw malformed('invalid_payload_structure', `invalid text or charset: ${charset}`);
  }
  return text;
}

/** Python's `urllib.parse.unquote_to_bytes`: `%XX` becomes a byte, the rest is UTF-8. */
function percentDecode(text: string): Uint8Array {
  const bytes: number[] = [];
  const utf8 = Buffer.from(text, 'utf8');
  for (let i = 0; i < utf8.length; i++) {
    const hex = utf8.subarray(i + 1, i + 3).toString('latin1');
    if (utf8[i] === 0x25 && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(utf8[i]!);
    }
  }
  return Uint8Array.from(bytes);
}

/** Whether a parsed value is a JSON object (not null, an array, or a wrapped number). */
function isJsonObject(value: PythonJsonValue): value is Record<string, PythonJsonValue> {
  return value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Sets a key without letting `__proto__` reach the prototype. */
function setAnnotation(
  annotations: Record<string, PythonJsonValue>,
  name: string,
  value: PythonJsonValue,
): void {
  Object.defineProperty(annotations, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
