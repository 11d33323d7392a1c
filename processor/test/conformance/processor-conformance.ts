/**
 * The `processor` conformance suite: every minidump of <data>/minidumps goes through the
 * `default` rule set twice, once walked by Cairn's stack walker (with the corpus's symbols) and
 * once with the reference stack walker's recorded output (`expected/<name>.json`). The fields
 * the rules derive (signature, crashing thread, reason, address, OS and CPU, modules in stack,
 * missing symbols, top-most file…) must be the same. Dumps the reference refuses
 * (`expected/<name>.txt`) must be refused for the same reason. Run by
 * `npm run conformance -- processor` and by processor-conformance.test.ts.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createFixedClock } from '@cairn/core';
import { runRuleSet } from '../../src/pipeline/run-rule-set.js';
import { RULESETS } from '../../src/rulesets.js';
import { loadSignatureLists } from '../../src/signature/lists/load-signature-lists.js';
import { createInThreadStackWalker } from '../../src/stackwalk/in-thread-stack-walker.js';
import type { StackWalker } from '../../src/stackwalk/stack-walker.js';
import type { JsonObject } from '../../src/values/json-object.js';
import { testServices } from '../fixtures/rule-harness.js';

/** What a suite reports (scripts/conformance.ts). */
export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly string[];
}

/** The processed-crash fields the rules derive from the stack walk and the annotations. */
export const DERIVED_FIELDS = [
  'signature',
  'proto_signature',
  'crashing_thread',
  'crashing_thread_name',
  'reason',
  'address',
  'os_name',
  'os_version',
  'os_pretty_version',
  'cpu_arch',
  'cpu_info',
  'cpu_count',
  'modules_in_stack',
  'missing_symbols',
  'topmost_filenames',
  'thread_count',
  'uptime',
  'install_age',
  'mdsw_status_string',
] as const;

/** A stack walker that answers with recorded output (the reference walker's JSON). */
export function createReplayWalker(json: Record<string, unknown>): StackWalker {
  return {
    version: 'reference replay',
    walk: async () => ({ kind: 'walked', json: structuredClone(json) }),
    close: async () => {},
  };
}

/** The derived fields of a processed crash. */
export function pickDerivedFields(processedCrash: Record<string, unknown>): JsonObject {
  return Object.fromEntries(DERIVED_FIELDS.map((field) => [field, processedCrash[field]]));
}

const CRASH_ID = 'c0ffee00-0000-4000-8000-000000240101';
const CRASH_TIME = 1704067200;
const RAW_CRASH = {
  uuid: CRASH_ID,
  ProductName: 'ConformanceApp',
  Version: '3.1.4',
  CrashTime: String(CRASH_TIME),
  StartupTime: String(CRASH_TIME - 3600),
  InstallTime: String(CRASH_TIME - 86_400),
  submitted_timestamp: '2024-01-01T00:01:40+00:00',
};

/** Runs the suite over `dataDir` (the shared data directory). */
export async function runConformance(dataDir: string): Promise<ConformanceReport> {
  const minidumps = path.join(dataDir, 'minidumps');
  const siglists = path.join(dataDir, 'socorro-data', 'siglists');
  const signatureLists = await loadSignatureLists(existsSync(siglists) ? siglists : undefined);
  const ours = createInThreadStackWalker({
    paths: [path.join(minidumps, 'symbols')],
    urls: [],
    cacheDirectory: path.join(minidumps, 'no-download-cache'),
    memoryBytes: 512 * 1024 * 1024,
  });
  const processDump = (dump: Uint8Array, stackWalker: StackWalker) =>
    runRuleSet(RULESETS.default, {
      crashId: CRASH_ID,
      rawCrash: { ...RAW_CRASH },
      dumps: new Map([['upload_file_minidump', dump]]),
      services: testServices({ stackWalker, signatureLists }),
      clock: createFixedClock(new Date('2024-01-01T00:02:00Z')),
      hostname: 'conformance',
      crashTimeoutMs: 120_000,
    });

  const failures: string[] = [];
  let passed = 0;
  const names = (await readdir(minidumps)).filter((name) => name.endsWith('.dmp')).sort();
  for (const name of names) {
    const base = path.join(minidumps, 'expected', name.replace(/\.dmp$/, ''));
    const dump = await readFile(path.join(minidumps, name));
    const actual = pickDerivedFields(await processDump(dump, ours));
    let expected: JsonObject;
    if (existsSync(`${base}.json`)) {
      const reference = JSON.parse(await readFile(`${base}.json`, 'utf8')) as Record<
        string,
        unknown
      >;
      expected = pickDerivedFields(await processDump(dump, createReplayWalker(reference)));
    } else if (existsSync(`${base}.txt`)) {
      const refusal = /^stderr: (\w+)/m.exec(await readFile(`${base}.txt`, 'utf8'))?.[1];
      expected = { ...actual, mdsw_status_string: refusal };
    } else {
      continue;
    }
    const differing = DERIVED_FIELDS.filter(
      (field) => !isDeepStrictEqual(actual[field], expected[field]),
    );
    if (differing.length === 0) {
      passed++;
    } else {
      failures.push(
        `${name}: ${differing
          .map(
            (field) =>
              `${field} ${JSON.stringify(actual[field])} ≠ ${JSON.stringify(expected[field])}`,
          )
          .join('; ')}`,
      );
    }
  }
  return { passed, failed: failures.length, failures };
}
