/**
 * Conformance suite `stackwalk`: runs the walker on every dump of <data>/minidumps without
 * symbols and (when a symbol supplier is given) with the shared symbol tree, and compares with
 * the reference's `expected/` output. A case passes when every thread's frames and crash_info
 * are identical; whole-document, system_info and modules differences are reported too.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stackwalkBytes } from '../../src/cli/stackwalk.js';
import { createSymbolSupplier } from '../../src/symbols/suppliers/standard-supplier.js';
import type { SymbolSupplier } from '../../src/symbols/suppliers/symbol-supplier.js';

/** What the suite reports (the shape scripts/conformance.ts prints). */
export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly failures: string[];
  /** Cases whose whole document matched. */
  readonly identicalDocuments: number;
  /** Per case, the parts that differ (empty when the whole document matched). */
  readonly differences: Map<string, string[]>;
}

const FRAME_KEYS = [
  'frame',
  'function',
  'function_offset',
  'module',
  'module_offset',
  'offset',
  'trust',
  'file',
  'line',
  'inlines',
  'missing_symbols',
] as const;

type Json = Record<string, unknown>;

/** Names the parts of a document that differ from the expected one. */
export function compareStackwalk(actual: Json, expected: Json): string[] {
  const differences: string[] = [];
  const threadsA = (actual.threads ?? []) as Json[];
  const threadsE = (expected.threads ?? []) as Json[];
  if (threadsA.length !== threadsE.length)
    differences.push(`thread count ${threadsA.length} ≠ ${threadsE.length}`);
  threadsE.forEach((threadE, index) => {
    const framesA = ((threadsA[index]?.frames ?? []) as Json[]).map(pickFrame);
    const framesE = ((threadE.frames ?? []) as Json[]).map(pickFrame);
    if (!isDeepStrictEqual(framesA, framesE)) {
      const at = framesE.findIndex(
        (frame, frameIndex) => !isDeepStrictEqual(frame, framesA[frameIndex]),
      );
      differences.push(
        `frames of thread ${index} (${framesA.length} vs ${framesE.length} frames, first difference at ${at < 0 ? framesE.length : at})`,
      );
    }
  });
  if (!isDeepStrictEqual(actual.crash_info, expected.crash_info)) differences.push('crash_info');
  for (const key of ['system_info', 'modules']) {
    if (!isDeepStrictEqual(actual[key], expected[key])) differences.push(key);
  }
  if (differences.length === 0 && !isDeepStrictEqual(actual, expected)) {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of keys)
      if (!isDeepStrictEqual(actual[key], expected[key])) differences.push(`document.${key}`);
  }
  return differences;
}

function pickFrame(frame: Json): Json {
  return Object.fromEntries(FRAME_KEYS.map((key) => [key, frame[key]]));
}

/** Runs the suite; `symbolSupplier` enables the with-symbols half (`expected/<name>.json`). */
export async function runStackwalkConformance(
  dataDir: string,
  symbolSupplier?: SymbolSupplier,
): Promise<ConformanceReport> {
  const corpus = path.join(dataDir, 'minidumps');
  const expectedDir = path.join(corpus, 'expected');
  const dumps = (await readdir(corpus)).filter((name) => name.endsWith('.dmp')).sort();
  const expectedFiles = new Set(await readdir(expectedDir));
  const failures: string[] = [];
  const differences = new Map<string, string[]>();
  let passed = 0;
  let identicalDocuments = 0;
  for (const dumpName of dumps) {
    const name = dumpName.slice(0, -4);
    const bytes = await readFile(path.join(corpus, dumpName));
    if (expectedFiles.has(`${name}.txt`)) {
      const expectedText = await readFile(path.join(expectedDir, `${name}.txt`), 'utf8');
      const result = await stackwalkBytes(bytes);
      const refused = !result.ok && expectedText.includes(`${result.kind} - Error processing dump`);
      if (refused) {
        passed++;
        identicalDocuments++;
      } else {
        failures.push(
          `${name}: expected a refusal like the reference's (${expectedText.trim().split('\n').pop()})`,
        );
      }
      continue;
    }
    const variants: Array<[string, SymbolSupplier | undefined]> = [[`${name}.nosym`, undefined]];
    if (symbolSupplier !== undefined) variants.push([name, symbolSupplier]);
    for (const [caseName, supplier] of variants) {
      if (!expectedFiles.has(`${caseName}.json`)) continue;
      const expected = JSON.parse(
        await readFile(path.join(expectedDir, `${caseName}.json`), 'utf8'),
      ) as Json;
      const result = await stackwalkBytes(bytes, supplier);
      if (!result.ok) {
        failures.push(`${caseName}: refused (${result.message})`);
        differences.set(caseName, ['refused']);
        continue;
      }
      const found = compareStackwalk(result.json as Json, expected);
      differences.set(caseName, found);
      if (found.length === 0) identicalDocuments++;
      const framesOrCrash = found.filter(
        (difference) =>
          difference.startsWith('frames') ||
          difference === 'crash_info' ||
          difference.startsWith('thread count'),
      );
      if (framesOrCrash.length === 0) passed++;
      else failures.push(`${caseName}: ${found.join('; ')}`);
    }
  }
  return { passed, failed: failures.length, failures, identicalDocuments, differences };
}

/** Entry point for scripts/conformance.ts: both halves, symbols from `<dataDir>/minidumps/symbols`. */
export async function runConformance(dataDir: string): Promise<ConformanceReport> {
  const symbolPaths = [path.join(dataDir, 'minidumps', 'symbols')];
  return runStackwalkConformance(dataDir, createSymbolSupplier({ symbolPaths }));
}
