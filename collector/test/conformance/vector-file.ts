/** Reading the shared vector files and the small comparisons every group uses. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parsePythonJson, type PythonJsonValue } from '@cairn/core';

/** A group's outcome, as scripts/conformance.ts reports it. */
export interface GroupReport {
  passed: number;
  failed: number;
  failures: string[];
}

/** Reads `<dataDir>/antenna-data/<file>` twice: as plain JSON and with Python's number types. */
export async function readVectorFile<T>(
  dataDir: string,
  file: string,
): Promise<{ vectors: T[]; pythonVectors: PythonJsonValue[] }> {
  const text = await readFile(path.join(dataDir, 'antenna-data', file), 'utf8');
  const plain = JSON.parse(text) as { vectors: T[] };
  const python = parsePythonJson(text) as { vectors: PythonJsonValue[] };
  return { vectors: plain.vectors, pythonVectors: python.vectors };
}

/** Runs each case, counting it as passed when it returns no differences. */
export async function runCases<T extends { id: string }>(
  group: string,
  cases: readonly T[],
  check: (item: T, index: number) => Promise<string[]>,
): Promise<GroupReport> {
  const report: GroupReport = { passed: 0, failed: 0, failures: [] };
  for (const [index, item] of cases.entries()) {
    let differences: string[];
    try {
      differences = await check(item, index);
    } catch (error) {
      differences = [`threw ${(error as Error).stack ?? String(error)}`];
    }
    if (differences.length === 0) report.passed += 1;
    else {
      report.failed += 1;
      report.failures.push(`${group}/${item.id}: ${differences.join('; ')}`);
    }
  }
  return report;
}

/** A difference line when `actual` and `expected` differ, else nothing. */
export function compare(what: string, actual: unknown, expected: unknown): string[] {
  return isDeepStrictEqual(actual, expected)
    ? []
    : [`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
}

/** Replaces `{CRASH_ID}` everywhere in a JSON-like value. */
export function withCrashId<T>(value: T, crashId: string): T {
  return JSON.parse(JSON.stringify(value).replaceAll('{CRASH_ID}', crashId)) as T;
}
