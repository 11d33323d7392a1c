/**
 * The four signature lists that steer the frame walk, as data: which frames to skip
 * (irrelevant), which to keep walking past (prefix), which get their line number appended, and
 * which frames start the signature when present (sentinels). research/socorro-processor.md §3.4.
 *
 * Regular-expression lists use Python syntax (translated by python-regex.ts). As in the
 * reference, each line must compile on its own, then all lines of a list are joined with `|`
 * into one pattern that must match at the start of a frame (Python's `re.match`), so `malloc`
 * also matches `malloc_zone_realloc`. An empty list matches every frame, as the reference's
 * empty pattern does.
 */
import { CairnError } from '@cairn/core';
import { pythonStrip } from '../python/python-strings.js';
import { PythonRegexSyntaxError, translatePythonRegex } from './python-regex.js';

/**
 * How much of a frame the lists see. Entries like `.*framework.*\.oat` backtrack in time that
 * grows with the square of the frame's length, and module names come from the (untrusted)
 * minidump; real normalized frames are far shorter, so matching their first 1,000 characters
 * changes nothing for them and bounds the time for crafted ones.
 */
export const MATCHED_FRAME_MAX_LENGTH = 1000;

/** One regular-expression list, compiled. */
export interface SignatureListPattern {
  /** The list's lines, as written (Python syntax). */
  readonly lines: readonly string[];
  /** Whether the joined pattern matches at the start of `frame`. */
  matches(frame: string): boolean;
}

/**
 * A sentinel: a frame that starts the signature when present. The conditional form only counts
 * when some normalized frame equals `ifFramePresent` exactly; list files cannot express it (the
 * reference's only conditional sentinel is attached through a lookup that never applies).
 */
export type SignatureSentinel =
  string | { readonly sentinel: string; readonly ifFramePresent: string };

/** The lists signature generation walks frames against. */
export interface SignatureLists {
  readonly irrelevant: SignatureListPattern;
  readonly prefix: SignatureListPattern;
  readonly lineNumbers: SignatureListPattern;
  readonly sentinels: readonly SignatureSentinel[];
  /** Where the lists came from, for the debug log (a directory, or a description). */
  readonly source: string;
}

/** The lists as text lines, before compiling. */
export interface SignatureListLines {
  readonly irrelevant: readonly string[];
  readonly prefix: readonly string[];
  readonly lineNumbers: readonly string[];
  readonly sentinels: readonly SignatureSentinel[];
}

/** Which list a file holds. */
export type SignatureListName = keyof SignatureListLines;

/** The reference's file name for each list (siglists/*.txt). */
export const SIGNATURE_LIST_FILES: Readonly<Record<SignatureListName, string>> = {
  irrelevant: 'irrelevant_signature_re.txt',
  prefix: 'prefix_signature_re.txt',
  lineNumbers: 'signatures_with_line_numbers_re.txt',
  sentinels: 'signature_sentinels.txt',
};

/** A list that cannot be used: a missing file or a bad regular expression, with where it is. */
export class SignatureListError extends CairnError {
  constructor(
    message: string,
    /** The list file (or list name) at fault. */
    readonly file: string,
    /** The 1-based line of the bad entry, when one entry is at fault. */
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super('CONFIG_INVALID', message, options);
    this.name = 'SignatureListError';
  }
}

/**
 * Reads a list file's text as the reference does: each line trimmed, blank lines and lines
 * starting with `#` dropped. Returns the kept entries with their 1-based line numbers.
 */
export function parseSignatureListText(text: string): { entry: string; line: number }[] {
  return text
    .split('\n')
    .map((raw, index) => ({ entry: pythonStrip(raw), line: index + 1 }))
    .filter(({ entry }) => entry !== '' && !entry.startsWith('#'));
}

/**
 * Compiles one regular-expression list. Each entry is checked on its own so an error names
 * `file` and the entry's line; `lineOf(i)` gives the line of entry `i`.
 */
export function compileSignatureList(
  entries: readonly string[],
  file: string,
  lineOf: (index: number) => number = (index) => index + 1,
): SignatureListPattern {
  const translated = entries.map((entry, index) => {
    try {
      const source = translatePythonRegex(entry);
      new RegExp(source, 'u');
      return source;
    } catch (error) {
      const line = lineOf(index);
      const reason =
        error instanceof PythonRegexSyntaxError || error instanceof SyntaxError
          ? error.message
          : String(error);
      throw new SignatureListError(
        `Bad regular expression in ${file} at line ${line}: ${JSON.stringify(entry)}: ${reason}`,
        file,
        line,
        { cause: error },
      );
    }
  });
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${translated.join('|')})`, 'u');
  } catch (error) {
    throw new SignatureListError(
      `The entries of ${file} do not combine into one regular expression: ${(error as Error).message}`,
      file,
      undefined,
      { cause: error },
    );
  }
  return {
    lines: [...entries],
    matches: (frame) => pattern.test(frame.slice(0, MATCHED_FRAME_MAX_LENGTH)),
  };
}

/** Compiles lists given as lines (for tests, the API, and lists built in code). */
export function createSignatureLists(lines: SignatureListLines, source: string): SignatureLists {
  return {
    irrelevant: compileSignatureList(lines.irrelevant, `${source}: irrelevant`),
    prefix: compileSignatureList(lines.prefix, `${source}: prefix`),
    lineNumbers: compileSignatureList(lines.lineNumbers, `${source}: lineNumbers`),
    sentinels: [...lines.sentinels],
    source,
  };
}
