import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteSearchIndex, type ProcessedCrash, type SearchIndex } from '@cairn/core';
import { createIndexBatcher } from '../../src/worker/index-batcher.js';

/** A real SQLite index that also records how it was called. */
function recordingIndex(index: SearchIndex) {
  const calls: string[][] = [];
  const uuids = (crashes: readonly ProcessedCrash[]) =>
    crashes.map((crash) => String(crash.uuid ?? '(none)'));
  const recorded: SearchIndex = {
    ...index,
    indexCrash(crash) {
      calls.push(['one', ...uuids([crash])]);
      return index.indexCrash(crash);
    },
    indexCrashes(crashes) {
      calls.push(['many', ...uuids(crashes)]);
      return index.indexCrashes(crashes);
    },
  };
  return { recorded, calls };
}

function crash(uuid: string): ProcessedCrash {
  return {
    uuid,
    date_processed: '2026-11-29T10:00:00.000000+00:00',
    signature: `sig-${uuid.slice(-2)}`,
  };
}

const uuid = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;

describe('index batcher', () => {
  let directory: string;
  let index: SearchIndex;

  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'cairn-index-batcher-'));
    index = createSqliteSearchIndex({
      file: path.join(directory, 'search.sqlite'),
      retentionWeeks: 26,
    });
  });
  afterEach(async () => {
    await index.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('indexes the crashes that arrive within the linger time in one call', async () => {
    const { recorded, calls } = recordingIndex(index);
    const indexCrash = createIndexBatcher(recorded, { lingerMs: 20, maxBatch: 10 });
    const first = indexCrash(crash(uuid(1)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all([first, indexCrash(crash(uuid(2))), indexCrash(crash(uuid(3)))]);
    expect(calls).toEqual([['many', uuid(1), uuid(2), uuid(3)]]);
    for (const n of [1, 2, 3]) expect((await index.getCrash(uuid(n)))?.signature).toBe(`sig-0${n}`);
  });

  it('writes a full batch at once, without waiting for the linger time', async () => {
    const { recorded, calls } = recordingIndex(index);
    const indexCrash = createIndexBatcher(recorded, { lingerMs: 60_000, maxBatch: 2 });
    await Promise.all([indexCrash(crash(uuid(1))), indexCrash(crash(uuid(2)))]);
    expect(calls).toEqual([['many', uuid(1), uuid(2)]]);
  });

  it('indexes a lone crash on its own after the linger time', async () => {
    const { recorded, calls } = recordingIndex(index);
    const indexCrash = createIndexBatcher(recorded, { lingerMs: 1, maxBatch: 10 });
    await indexCrash(crash(uuid(4)));
    await indexCrash(crash(uuid(5)));
    expect(calls).toEqual([
      ['one', uuid(4)],
      ['one', uuid(5)],
    ]);
  });

  it('retries a failed batch crash by crash, so only the bad crash fails', async () => {
    const { recorded, calls } = recordingIndex(index);
    const indexCrash = createIndexBatcher(recorded, { lingerMs: 1, maxBatch: 10 });
    const bad = { signature: 'no uuid' } as ProcessedCrash;
    const outcomes = await Promise.allSettled([
      indexCrash(crash(uuid(6))),
      indexCrash(bad),
      indexCrash(crash(uuid(7))),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/needs a uuid/);
    expect(calls).toEqual([
      ['many', uuid(6), '(none)', uuid(7)],
      ['one', uuid(6)],
      ['one', '(none)'],
      ['one', uuid(7)],
    ]);
    expect(await index.getCrash(uuid(6))).toBeDefined();
    expect(await index.getCrash(uuid(7))).toBeDefined();
  });
});
