/**
 * The signature of a Java crash from its stack trace text: the exception class, its
 * description (addresses like `@4054b560` become `@<addr>`) and the first stack line without
 * its line number. research/socorro-processor.md §3.5.
 */
import { codePointLength, pythonSplitLines, pythonStrip } from '../python/python-strings.js';

/** A signature with the notes and debug lines explaining it. */
export interface ToolSignature {
  readonly signature: string;
  readonly notes: readonly string[];
}

/** The longest signature that keeps the description. */
const DESCRIPTION_MAX_LENGTH = 255;

const NOT_JAVA_TEXT: ToolSignature = {
  signature: 'EMPTY: Java stack trace not in expected format',
  notes: ['JavaSignatureTool: stack trace not in expected format'],
};

/** The signature of `stackTrace` (Java's `Throwable.printStackTrace` text). */
export function generateJavaStackTraceSignature(stackTrace: unknown): ToolSignature {
  if (typeof stackTrace !== 'string') return NOT_JAVA_TEXT;
  const lines = pythonSplitLines(stackTrace).map((line) => pythonStrip(line));
  if (lines.length === 0) return NOT_JAVA_TEXT;
  const notes: string[] = [];

  const firstLine = lines[0]!;
  const colon = firstLine.indexOf(':');
  let exceptionClass = firstLine;
  let description = '';
  if (colon >= 0) {
    exceptionClass = pythonStrip(firstLine.slice(0, colon));
    description = pythonStrip(firstLine.slice(colon + 1).replace(/@[0-9a-f]{8}/g, '@<addr>'));
  } else {
    notes.push('JavaSignatureTool: stack trace line 1 is not in the expected format');
  }

  let method = '';
  if (lines.length > 1) {
    method = lines[1]!.replace(/\.java:\p{Nd}+\)(?=\n?$)/u, '.java)');
    if (method === '') notes.push('JavaSignatureTool: stack trace line 2 is empty');
  } else {
    notes.push('JavaSignatureTool: stack trace line 2 is missing');
  }

  // An early version left out the colon between description and method unless the
  // description ended with an address; the reference keeps that on purpose (bug 865142), so
  // existing signatures keep grouping.
  let signature = description.endsWith('<addr>')
    ? joinNonEmpty(': ', [exceptionClass, description, method])
    : joinNonEmpty(': ', [exceptionClass, joinNonEmpty(' ', [description, method])]);
  if (codePointLength(signature) > DESCRIPTION_MAX_LENGTH) {
    signature = `${exceptionClass}: ${method}`;
    notes.push('JavaSignatureTool: dropped Java exception description due to length');
  }
  return { signature, notes };
}

function joinNonEmpty(separator: string, parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(separator);
}
