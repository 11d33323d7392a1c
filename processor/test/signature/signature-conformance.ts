/**
 * The `signature` conformance suite: replays ../shared/socorro-data/signature-cases.json
 * (end-to-end signatures, notes and proto_signature, with the reference lists in
 * socorro-data/siglists or a case's own lists) and signature-util-cases.json (the
 * normalization helpers). Run by `npm run conformance -- signature` and by
 * signature-conformance.test.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseCrashIdReference } from '@cairn/core';
import { getCrashingThread } from '../../src/signature/crashing-thread.js';
import { dropBadCharacters } from '../../src/signature/drop-bad-characters.js';
import { collapseArguments, collapseTypes } from '../../src/signature/frames/collapse-brackets.js';
import { dropPrefixAndReturnType } from '../../src/signature/frames/drop-prefix-and-return-type.js';
import { findEnclosedSlices } from '../../src/signature/frames/enclosed-slices.js';
import { normalizeFrame, stripLeadingZeros } from '../../src/signature/frames/normalize-frame.js';
import {
  normalizeCppFunction,
  normalizeRustFunction,
} from '../../src/signature/frames/normalize-function.js';
import { fixMissingModule } from '../../src/signature/frames/rust-missing-module.js';
import { parseSourceFile } from '../../src/signature/frames/source-file.js';
import { generateSignature } from '../../src/signature/generate-signature.js';
import { normalizeJavaExceptionFrame } from '../../src/signature/java/java-exception-signature.js';
import { loadSignatureLists } from '../../src/signature/lists/load-signature-lists.js';
import {
  compileSignatureList,
  createSignatureLists,
  type SignatureLists,
  type SignatureSentinel,
} from '../../src/signature/lists/signature-lists.js';
import { pythonGet } from '../../src/signature/python/python-values.js';

/** What a suite reports (the shape scripts/conformance.ts prints). */
export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly string[];
}

interface CustomLists {
  readonly irrelevant: string[];
  readonly prefix: string[];
  readonly line_numbers: string[];
  readonly sentinels: (string | { sentinel: string; if_frame_present: string })[];
}

interface SignatureCase {
  readonly id: string;
  readonly description: string;
  readonly siglists: 'default' | CustomLists;
  readonly input: Record<string, unknown>;
  readonly expected: { signature: string; proto_signature: string | null; notes: string[] };
}

interface UtilCase {
  readonly id: string;
  readonly function: string;
  readonly args: unknown[];
  readonly expected: unknown;
}

/** Runs both vector files found under `dataDir` (the shared directory). */
export async function runConformance(dataDir: string): Promise<ConformanceReport> {
  const socorroData = path.join(dataDir, 'socorro-data');
  const signatureCases = await readCases<SignatureCase>(socorroData, 'signature-cases.json');
  const utilCases = await readCases<UtilCase>(socorroData, 'signature-util-cases.json');
  const referenceLists = await loadSignatureLists(path.join(socorroData, 'siglists'));
  const failures: string[] = [];
  let passed = 0;
  for (const testCase of signatureCases) {
    const failure = checkSignatureCase(testCase, referenceLists);
    if (failure === undefined) passed++;
    else failures.push(`${testCase.id} (${testCase.description}): ${failure}`);
  }
  for (const testCase of utilCases) {
    const failure = checkUtilCase(testCase);
    if (failure === undefined) passed++;
    else failures.push(`${testCase.id} ${testCase.function}: ${failure}`);
  }
  return { passed, failed: failures.length, failures };
}

async function readCases<T>(directory: string, file: string): Promise<T[]> {
  const parsed = JSON.parse(await readFile(path.join(directory, file), 'utf8')) as { cases: T[] };
  return parsed.cases;
}

function checkSignatureCase(
  testCase: SignatureCase,
  referenceLists: SignatureLists,
): string | undefined {
  try {
    const lists =
      testCase.siglists === 'default' ? referenceLists : toSignatureLists(testCase.siglists);
    const generated = generateSignature(testCase.input, lists);
    const actual = {
      signature: generated.signature,
      proto_signature: generated.protoSignature,
      notes: generated.notes,
    };
    return isDeepStrictEqual(actual, testCase.expected)
      ? undefined
      : `expected ${JSON.stringify(testCase.expected)}, got ${JSON.stringify(actual)}`;
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

function toSignatureLists(lists: CustomLists): SignatureLists {
  const sentinels: SignatureSentinel[] = lists.sentinels.map((sentinel) =>
    typeof sentinel === 'string'
      ? sentinel
      : { sentinel: sentinel.sentinel, ifFramePresent: sentinel.if_frame_present },
  );
  return createSignatureLists(
    {
      irrelevant: lists.irrelevant,
      prefix: lists.prefix,
      lineNumbers: lists.line_numbers,
      sentinels,
    },
    'case lists',
  );
}

function checkUtilCase(testCase: UtilCase): string | undefined {
  try {
    const actual = callUtil(testCase.function, testCase.args);
    return isDeepStrictEqual(actual, testCase.expected)
      ? undefined
      : `expected ${JSON.stringify(testCase.expected)}, got ${JSON.stringify(actual)}`;
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

/** Calls the Cairn function that does the job of the reference's `name`. */
function callUtil(name: string, args: unknown[]): unknown {
  const [first, second, third] = args;
  const { base, lineNumberList } = parseUtilName(name);
  const lineNumbers = compileSignatureList(lineNumberList, 'line_number_list');
  switch (base) {
    case 'drop_prefix_and_return_type':
      return dropPrefixAndReturnType(first);
    case 'collapse_types':
      return collapseTypes(first as string);
    case 'collapse_arguments':
      return collapseArguments(first as string);
    case 'find_enclosed_slices':
      return findEnclosedSlices(first as string, second as string, third as string);
    case 'parse_source_file':
      return parseSourceFile(first);
    case 'strip_leading_zeros':
      return stripLeadingZeros(first);
    case 'drop_bad_characters':
      return dropBadCharacters(first);
    case 'parse_crashid':
      return parseCrashIdReference(first as string) ?? null;
    case 'get_crashing_thread':
      return Number(getCrashingThread(first as Record<string, unknown>));
    case 'fix_missing_module':
      return pythonGet(fixMissingModule(first as object), 'function');
    case 'normalize_cpp_function':
      return normalizeCppFunction(first, second, lineNumbers);
    case 'normalize_rust_function':
      return normalizeRustFunction(first, second, lineNumbers);
    case 'normalize_frame':
      return normalizeFrame(first as Record<string, unknown>, lineNumbers);
    case 'java_exception_normalize_frame':
      return normalizeJavaExceptionFrame(first as Record<string, unknown>);
    default:
      throw new Error(`no Cairn function for ${name}`);
  }
}

/** Splits `normalize_frame(line_number_list=['fnNeedNumber'])` into its name and list. */
function parseUtilName(name: string): { base: string; lineNumberList: string[] } {
  const match = /^(\w+)(?:\(line_number_list=(\[.*\])\))?$/.exec(name);
  if (!match) throw new Error(`unknown function ${name}`);
  const list =
    match[2] === undefined ? [] : (JSON.parse(match[2].replaceAll("'", '"')) as string[]);
  return { base: match[1]!, lineNumberList: list };
}
