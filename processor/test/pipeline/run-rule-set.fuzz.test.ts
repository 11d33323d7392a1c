/**
 * Fuzzing the whole mozilla rule set: raw crashes with the annotations the rules read, holding
 * arbitrary JSON values and text, plus truncated or mutated corpus dumps. Every run must finish
 * without any rule failing (odd values become notes, not lost rules), mark the crash processed,
 * and give a processed crash that is plain JSON (storable and indexable), whatever the input.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFixedClock } from '@cairn/core';
import { runRuleSet } from '../../src/pipeline/run-rule-set.js';
import { ANNOTATION_COPIES } from '../../src/rules/annotation-copies.js';
import { RULESETS } from '../../src/rulesets.js';
import { buildTelemetryCrash } from '../../src/telemetry/build-telemetry-crash.js';
import { createInThreadStackWalker } from '../../src/stackwalk/in-thread-stack-walker.js';
import { TEST_CRASH_ID, testServices } from '../fixtures/rule-harness.js';
import { MINIDUMPS_DIR, shouldSkipSharedData } from '../fixtures/shared-data.js';

const ANNOTATIONS = [
  ...ANNOTATION_COPIES.map((copy) => copy.annotation),
  'uuid',
  'submitted_timestamp',
  'CrashTime',
  'InstallTime',
  'StartupTime',
  'SecondsSinceLastCrash',
  'Add-ons',
  'EMCheckCompatibility',
  'Breadcrumbs',
  'JavaStackTrace',
  'MozCrashReason',
  'PHCKind',
  'PHCBaseAddress',
  'PHCUsableSize',
  'UtilityActorsName',
  'DistributionID',
  'Android_Version',
  'Android_CPU_ABI',
  'SubmittedFromInfobar',
  'ModuleSignatureInfo',
  'metadata',
  'ProcessType',
];

/** The path of the first value JSON cannot hold as it is (NaN, undefined, bigint…), if any. */
function findNonJson(value: unknown, where = '$'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : where;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNonJson(item, `${where}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = findNonJson(item, `${where}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return where;
}

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const annotationValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '1',
    'true',
    '0',
    '',
    ' 12 ',
    '-5',
    '1e400',
    'nan',
    '{"values": [{}]}',
    '[1]',
    '\tat x',
  ),
  jsonValue.map((value) => JSON.stringify(value)),
  jsonValue,
);
const rawCrash = fc.dictionary(fc.constantFrom(...ANNOTATIONS), annotationValue, { maxKeys: 25 });

describe.skipIf(shouldSkipSharedData())('the mozilla rule set on arbitrary crashes', () => {
  it('always finishes with a processed crash that is plain JSON', async () => {
    const corpus = await readFile(path.join(MINIDUMPS_DIR, 'linux_overflow.dmp'));
    const walker = createInThreadStackWalker({
      paths: [],
      urls: [],
      cacheDirectory: '/nonexistent',
      memoryBytes: 1e7,
    });
    const dump = fc.oneof(
      fc.constant(new Uint8Array()),
      fc.uint8Array({ maxLength: 64 }),
      fc.integer({ min: 0, max: corpus.length }).map((length) => corpus.subarray(0, length)),
      fc
        .array(fc.tuple(fc.nat(corpus.length - 1), fc.integer({ min: 0, max: 255 })), {
          maxLength: 20,
        })
        .map((changes) => {
          const mutated = Uint8Array.from(corpus);
          for (const [offset, byte] of changes) mutated[offset] = byte;
          return mutated;
        }),
    );
    await fc.assert(
      fc.asyncProperty(rawCrash, dump, async (annotations, bytes) => {
        const failedRules: string[] = [];
        const processed = await runRuleSet(RULESETS.mozilla, {
          crashId: TEST_CRASH_ID,
          rawCrash: annotations,
          dumps: new Map([['upload_file_minidump', bytes]]),
          services: testServices({ stackWalker: walker }),
          clock: createFixedClock(new Date('2024-01-01T00:00:00Z')),
          hostname: 'fuzz',
          crashTimeoutMs: 30_000,
          onRuleFailure: (rule) => failedRules.push(rule.name),
        });
        expect(failedRules).toEqual([]);
        expect(processed.success).toBe(true);
        expect(typeof processed.signature).toBe('string');
        expect(findNonJson(processed)).toBeUndefined();
      }),
      { numRuns: 300, interruptAfterTimeLimit: 30_000 },
    );
  }, 60_000);

  it('rebuilds the derived fields and the Telemetry export from any stored json_dump without a rule failing', async () => {
    const part = (keys: string[]) =>
      fc.dictionary(
        fc.constantFrom(...keys),
        fc.oneof(jsonValue, fc.constantFrom(null, 0, 1, -1, 'x')),
        { maxKeys: 6 },
      );
    const frame = part([
      'function',
      'module',
      'file',
      'line',
      'inlines',
      'offset',
      'module_offset',
      'trust',
    ]);
    const thread = fc.record(
      { frames: fc.oneof(fc.array(frame, { maxLength: 5 }), jsonValue) },
      { requiredKeys: [] },
    );
    const jsonDump = fc.record(
      {
        crash_info: part([
          'crashing_thread',
          'type',
          'address',
          'adjusted_address',
          'possible_bit_flips',
          'memory_accesses',
          'crash_inconsistencies',
        ]),
        crashing_thread: part(['thread_name', 'frames']),
        threads: fc.oneof(fc.array(thread, { maxLength: 3 }), jsonValue),
        modules: fc.oneof(
          fc.array(
            part(['filename', 'debug_id', 'code_id', 'version', 'missing_symbols', 'symbol_url']),
            { maxLength: 3 },
          ),
          jsonValue,
        ),
        system_info: part([
          'os',
          'os_ver',
          'cpu_arch',
          'cpu_info',
          'cpu_count',
          'cpu_microcode_version',
        ]),
        lsb_release: part(['description']),
        mac_crash_info: part(['num_records', 'records']),
        mac_boot_args: jsonValue,
        soft_errors: jsonValue,
        thread_count: jsonValue,
        pid: jsonValue,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(jsonDump, rawCrash, async (stored, annotations) => {
        const failedRules: string[] = [];
        const processed = await runRuleSet(RULESETS.mozilla, {
          crashId: TEST_CRASH_ID,
          rawCrash: annotations,
          dumps: new Map(),
          previous: {
            json_dump: stored,
            memory_report: {
              version: 1,
              hasMozMallocUsableSize: true,
              reports: stored.threads ?? [],
            },
          },
          services: testServices(),
          clock: createFixedClock(new Date('2024-01-01T00:00:00Z')),
          hostname: 'fuzz',
          crashTimeoutMs: 30_000,
          onRuleFailure: (rule, error) => failedRules.push(`${rule.name}: ${String(error)}`),
        });
        expect(failedRules).toEqual([]);
        expect(findNonJson(processed)).toBeUndefined();
        expect(findNonJson(buildTelemetryCrash(processed).document)).toBeUndefined();
      }),
      { numRuns: 500, interruptAfterTimeLimit: 20_000 },
    );
  }, 60_000);
});
