/**
 * The processed crash is saved as JSON built from the stack walker's own text (json_dump is
 * not serialized twice). That is only right while no rule has changed json_dump since the walk,
 * so the saved text must equal JSON.stringify of the processed crash: over every shared dump
 * walked by the stack-walking threads with both main rule sets, and when the rules that do
 * change json_dump (TruncateStacks, ModuleURLRewrite) change it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFixedClock } from '@cairn/core';
import { runRuleSet } from '../../src/pipeline/run-rule-set.js';
import { RULESETS } from '../../src/rulesets.js';
import { loadSignatureLists } from '../../src/signature/lists/load-signature-lists.js';
import type { StackWalker } from '../../src/stackwalk/stack-walker.js';
import { createThreadPoolStackWalker } from '../../src/stackwalk/thread-pool-stack-walker.js';
import type { JsonObject } from '../../src/values/json-object.js';
import { stringifyWithKnownTexts } from '../../src/values/stringify-with-known-texts.js';
import { MINIDUMPS_DIR, shouldSkipSharedData, SYMBOLS_DIR } from '../fixtures/shared-data.js';
import { TEST_CRASH_ID, testServices } from '../fixtures/rule-harness.js';

async function process(
  stackWalker: StackWalker,
  dump: Uint8Array,
  ruleSetName: 'default' | 'mozilla' = 'default',
) {
  const jsonTexts = new Map<object, string>();
  const processedCrash = await runRuleSet(RULESETS[ruleSetName], {
    crashId: TEST_CRASH_ID,
    rawCrash: { uuid: TEST_CRASH_ID, ProductName: 'Firefox', Version: '120.0' },
    dumps: new Map([['upload_file_minidump', dump]]),
    services: testServices({ stackWalker, signatureLists: await loadSignatureLists() }),
    clock: createFixedClock(new Date('2024-05-06T07:08:09.123Z')),
    hostname: 'processor-1',
    crashTimeoutMs: 60_000,
    jsonTexts,
  });
  return { processedCrash, jsonTexts };
}

/** A walker that answers every dump with `json`, as the threads do: object and text. */
function walkerAnswering(json: JsonObject): StackWalker {
  return {
    version: 'test',
    walk: async () => ({
      kind: 'walked',
      json: structuredClone(json),
      jsonText: JSON.stringify(json),
    }),
    close: async () => {},
  };
}

const frames = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    frame: index,
    module: 'app',
    offset: `0x${index.toString(16)}`,
  }));

describe.skipIf(shouldSkipSharedData())('the saved processed crash reuses the walker text', () => {
  const pool = createThreadPoolStackWalker({
    threads: 1,
    symbols: { paths: [SYMBOLS_DIR], urls: [], cacheDirectory: '/nonexistent', memoryBytes: 1e8 },
  });
  afterAll(() => pool.close());

  it('equals JSON.stringify for every shared dump with both rule sets', async () => {
    const names = (await readdir(MINIDUMPS_DIR)).filter((name) => name.endsWith('.dmp')).sort();
    expect(names.length).toBeGreaterThan(0);
    let reused = 0;
    for (const name of names) {
      const dump = await readFile(path.join(MINIDUMPS_DIR, name));
      for (const ruleSet of ['default', 'mozilla'] as const) {
        const { processedCrash, jsonTexts } = await process(pool, dump, ruleSet);
        if (jsonTexts.has(processedCrash.json_dump as object)) reused++;
        expect(stringifyWithKnownTexts(processedCrash, jsonTexts), `${name} (${ruleSet})`).toBe(
          JSON.stringify(processedCrash),
        );
      }
    }
    // Most dumps walk without any rule changing json_dump, so their text is reused.
    expect(reused).toBeGreaterThan(names.length);
  });
});

describe('rules that change json_dump drop its text', () => {
  it('TruncateStacks, when a stack is cut', async () => {
    const json = {
      status: 'OK',
      crashing_thread: { threads_index: 0, frames: frames(600) },
      threads: [{ frames: frames(600) }],
    };
    const { processedCrash, jsonTexts } = await process(walkerAnswering(json), new Uint8Array(8));
    expect(
      (processedCrash.json_dump as { threads: { truncated?: boolean }[] }).threads[0]!.truncated,
    ).toBe(true);
    expect(jsonTexts.size).toBe(0);
    expect(stringifyWithKnownTexts(processedCrash, jsonTexts)).toBe(JSON.stringify(processedCrash));
  });

  it('ModuleURLRewrite, when a symbol URL is redacted or cleaned', async () => {
    for (const symbolUrl of [
      'http://localhost:8000/app.sym',
      'https://symbols.mozilla.org/app.sym?signature=secret',
    ]) {
      const json = {
        status: 'OK',
        modules: [{ filename: 'app', symbol_url: symbolUrl }],
        threads: [{ frames: frames(3) }],
      };
      const { processedCrash, jsonTexts } = await process(walkerAnswering(json), new Uint8Array(8));
      const saved = JSON.parse(stringifyWithKnownTexts(processedCrash, jsonTexts)) as {
        json_dump: { modules: { symbol_url: string | null }[] };
      };
      expect(saved.json_dump.modules[0]!.symbol_url).not.toBe(symbolUrl);
      expect(stringifyWithKnownTexts(processedCrash, jsonTexts)).toBe(
        JSON.stringify(processedCrash),
      );
    }
  });

  it('keeps the text when no rule changes json_dump', async () => {
    const json = {
      status: 'OK',
      modules: [{ filename: 'app', symbol_url: 'https://example.com/app.sym' }],
      threads: [{ frames: frames(3) }],
    };
    const { processedCrash, jsonTexts } = await process(walkerAnswering(json), new Uint8Array(8));
    expect(jsonTexts.get(processedCrash.json_dump as object)).toBe(JSON.stringify(json));
  });
});
