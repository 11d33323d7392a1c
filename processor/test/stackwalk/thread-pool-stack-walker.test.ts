import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createInThreadStackWalker } from '../../src/stackwalk/in-thread-stack-walker.js';
import { createThreadPoolStackWalker } from '../../src/stackwalk/thread-pool-stack-walker.js';
import { MINIDUMPS_DIR, shouldSkipSharedData, SYMBOLS_DIR } from '../fixtures/shared-data.js';

const symbols = {
  paths: [SYMBOLS_DIR],
  urls: [],
  cacheDirectory: '/nonexistent',
  memoryBytes: 1e8,
};

describe.skipIf(shouldSkipSharedData())('the thread-pool stack walker', () => {
  const pool = createThreadPoolStackWalker({ threads: 2, symbols });
  const inThread = createInThreadStackWalker(symbols);
  afterAll(() => pool.close());

  it('walks every corpus dump exactly as the in-thread walker does', async () => {
    const names = (await readdir(MINIDUMPS_DIR)).filter((name) => name.endsWith('.dmp'));
    const dumps = await Promise.all(names.map((name) => readFile(path.join(MINIDUMPS_DIR, name))));
    const fromPool = await Promise.all(dumps.map((dump) => pool.walk(dump, { timeoutMs: 60_000 })));
    for (const [index, dump] of dumps.entries()) {
      const outcome = fromPool[index]!;
      // The pool also hands over the text it parsed the document from.
      if (outcome.kind === 'walked') {
        expect(outcome.jsonText, names[index]).toBe(JSON.stringify(outcome.json));
        const { jsonText: _text, ...document } = outcome;
        expect(document, names[index]).toEqual(await inThread.walk(dump, { timeoutMs: 60_000 }));
      } else {
        expect(outcome, names[index]).toEqual(await inThread.walk(dump, { timeoutMs: 60_000 }));
      }
    }
    expect(fromPool.some((outcome) => outcome.kind === 'refused')).toBe(true);
    expect(fromPool.filter((outcome) => outcome.kind === 'walked').length).toBeGreaterThan(30);
  });

  it('stops a walk at its time limit and keeps walking with a fresh thread', async () => {
    const dump = await readFile(path.join(MINIDUMPS_DIR, 'pipeline-inlines-macos-segv.dmp'));
    expect(await pool.walk(dump, { timeoutMs: 1 })).toEqual({ kind: 'timed-out' });
    const next = await pool.walk(dump, { timeoutMs: 60_000 });
    expect(next.kind).toBe('walked');
  });

  it('answers walks made after it was closed without hanging', async () => {
    const closed = createThreadPoolStackWalker({ threads: 1, symbols });
    await closed.close();
    const outcome = await closed.walk(new Uint8Array([1]), { timeoutMs: 1000 });
    expect(outcome).toMatchObject({ kind: 'crashed', errorName: 'StackWalkerClosed' });
  });
});

describe('a stack-walking thread that dies', () => {
  it('turns into a crashed outcome instead of a hang', async () => {
    // A heap too small for the walker's start-up makes the thread die on its first walk.
    const starved = createThreadPoolStackWalker({ threads: 1, symbols, maxHeapMb: 1 });
    try {
      const outcome = await starved.walk(new Uint8Array(1_000_000), { timeoutMs: 60_000 });
      expect(outcome.kind).toBe('crashed');
    } finally {
      await starved.close();
    }
  });
});
