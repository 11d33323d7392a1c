import { describe, expect, it } from 'vitest';
import { createBatchedCrashWriter } from '../../../../src/adapters/search-index/sqlite/batched-crash-writer.js';
import type { SearchDocument } from '../../../../src/search/search-document.js';

const documentFor = (uuid: string) => ({ uuid }) as unknown as SearchDocument;

describe('batched crash writer', () => {
  it('writes the documents given in one turn in one transaction', async () => {
    const calls: string[][] = [];
    const write = createBatchedCrashWriter((documents) => {
      calls.push(documents.map((document) => document.uuid));
    });
    await Promise.all(['a', 'b', 'c'].map((uuid) => write(documentFor(uuid))));
    await write(documentFor('d'));
    expect(calls).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('retries a failed batch crash by crash so only the bad document fails', async () => {
    const calls: string[][] = [];
    const write = createBatchedCrashWriter((documents) => {
      calls.push(documents.map((document) => document.uuid));
      if (documents.some((document) => document.uuid === 'bad')) throw new Error('bad document');
    });
    const outcomes = await Promise.allSettled(
      ['a', 'bad', 'c'].map((uuid) => write(documentFor(uuid))),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(calls).toEqual([['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });

  it('rejects a lone document that fails without writing it twice', async () => {
    let calls = 0;
    const write = createBatchedCrashWriter(() => {
      calls++;
      throw new Error('disk full');
    });
    await expect(write(documentFor('a'))).rejects.toThrow('disk full');
    expect(calls).toBe(1);
  });
});
