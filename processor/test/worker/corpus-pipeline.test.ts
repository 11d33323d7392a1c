/**
 * Every shared minidump through the real pipeline: raw crash and dump saved in (file) storage,
 * the crash id published on the (SQLite) queue, a processor with stack-walking threads and the
 * shared symbols takes it, and the processed crash lands in storage, the search index and the
 * Telemetry export. The derived fields must be what the rules make of the reference stack
 * walker's output for the same dump (`expected/<name>.json`), so both the walk and the rules
 * are checked end to end.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixedClock } from '@cairn/core';
import { runRuleSet } from '../../src/pipeline/run-rule-set.js';
import { RULESETS } from '../../src/rulesets.js';
import { loadSignatureLists } from '../../src/signature/lists/load-signature-lists.js';
import {
  openEmbeddedPorts,
  startTestProcessor,
  waitUntil,
  type EmbeddedPorts,
  type TestProcessor,
} from '../fixtures/embedded-processor.js';
import { testServices } from '../fixtures/rule-harness.js';
import { createReplayWalker, pickDerivedFields } from '../conformance/processor-conformance.js';
import { MINIDUMPS_DIR, shouldSkipSharedData, SYMBOLS_DIR } from '../fixtures/shared-data.js';

const CRASH_TIME = Math.floor(Date.now() / 1000) - 100;

/** A crash id for corpus dump number `index`, collected today. */
function crashIdFor(index: number): string {
  const today = new Date().toISOString().slice(2, 10).replaceAll('-', '');
  return `00000000-0000-4000-8000-${index.toString(16).padStart(6, '0')}${today}`;
}

function rawCrashFor(crashId: string) {
  return {
    uuid: crashId,
    ProductName: 'CorpusApp',
    Version: '2.5.1',
    CrashTime: String(CRASH_TIME),
    StartupTime: String(CRASH_TIME - 3600),
    InstallTime: String(CRASH_TIME - 86_400),
    submitted_timestamp: new Date().toISOString(),
  };
}

describe.skipIf(shouldSkipSharedData())('the corpus through the pipeline', () => {
  let ports: EmbeddedPorts;
  let processor: TestProcessor;
  const names: string[] = [];

  beforeAll(async () => {
    ports = await openEmbeddedPorts();
    processor = await startTestProcessor(ports, { symbolPaths: [SYMBOLS_DIR] });
    names.push(...(await readdir(MINIDUMPS_DIR)).filter((name) => name.endsWith('.dmp')).sort());
    for (const [index, name] of names.entries()) {
      const crashId = crashIdFor(index);
      const dump = await readFile(path.join(MINIDUMPS_DIR, name));
      await ports.storage.saveRawCrash(
        crashId,
        rawCrashFor(crashId),
        new Map([['upload_file_minidump', dump]]),
      );
      await ports.queue.publish('standard', [crashId]);
    }
    await waitUntil(
      async () =>
        (await processor.metricValue('cairn_processor_crashes_total', { outcome: 'processed' })) ===
        names.length,
      240_000,
      'every corpus crash to be processed',
    );
  }, 300_000);

  afterAll(async () => {
    await processor?.stop();
    await ports?.close();
  });

  it('processes every dump once, saving it to storage, the index and the Telemetry export', async () => {
    await ports.searchIndex.refresh();
    for (const index of names.keys()) {
      const crashId = crashIdFor(index);
      const processed = await ports.storage.loadProcessedCrash(crashId);
      expect(processed, names[index]).toMatchObject({
        uuid: crashId,
        success: true,
        processor_history: [],
      });
      expect(await ports.searchIndex.getCrash(crashId), names[index]).toMatchObject({
        uuid: crashId,
      });
      expect(await ports.telemetry.loadTelemetryCrash(crashId), names[index]).toMatchObject({
        uuid: crashId,
        signature: processed.signature,
      });
    }
    expect(await ports.queue.receive({ maxMessages: 1 })).toEqual([]);
  });

  it('derives what the rules make of the reference stack walker output', async () => {
    const lists = await loadSignatureLists();
    let compared = 0;
    for (const [index, name] of names.entries()) {
      const expectedFile = path.join(MINIDUMPS_DIR, 'expected', name.replace(/\.dmp$/, '.json'));
      const reference = await readFile(expectedFile, 'utf8').catch(() => undefined);
      if (reference === undefined) continue;
      const crashId = crashIdFor(index);
      const stored = await ports.storage.loadRawCrash(crashId);
      const expected = await runRuleSet(RULESETS.default, {
        crashId,
        rawCrash: { ...stored },
        dumps: new Map([['upload_file_minidump', new Uint8Array([1])]]),
        services: testServices({
          stackWalker: createReplayWalker(JSON.parse(reference)),
          signatureLists: lists,
        }),
        clock: createFixedClock(new Date()),
        hostname: 'reference',
        crashTimeoutMs: 60_000,
      });
      const actual = await ports.storage.loadProcessedCrash(crashId);
      expect(pickDerivedFields(actual), name).toEqual(pickDerivedFields(expected));
      compared++;
    }
    expect(compared).toBe(names.length - 1);
  });

  it('gets the derived fields right on dumps whose answers are known', async () => {
    const processed = async (name: string) =>
      ports.storage.loadProcessedCrash(crashIdFor(names.indexOf(`${name}.dmp`)));
    expect(await processed('test')).toMatchObject({
      signature: '(anonymous namespace)::CrashFunction',
      crashing_thread: 0,
      reason: 'EXCEPTION_ACCESS_VIOLATION_WRITE',
      address: '0x00000045',
      os_name: 'Windows NT',
      os_pretty_version: 'Windows XP',
      cpu_arch: 'x86',
      topmost_filenames: 'c:\\test_app.cc',
      uptime: 3600,
      install_age: 86_400,
    });
    expect(await processed('linux_overflow')).toMatchObject({
      reason: 'SIGABRT',
      os_pretty_version: 'Linux',
      cpu_arch: 'amd64',
    });
    expect(await processed('invalid-range')).toMatchObject({
      mdsw_status_string: 'MissingThreadList',
      signature: 'EMPTY: no frame data available; MissingThreadList',
      crashing_thread: null,
    });
    expect(await processed('stack_exhaustion')).toMatchObject({
      reason: 'EXCEPTION_STACK_OVERFLOW',
    });
    expect((await processed('stack_exhaustion')).signature).toMatch(/^stackoverflow \| /);
  });
});
