/**
 * The SearchIndex contract: every adapter runs the same cases over the same crashes and must
 * give the same answers (search-cases.ts), and behave the same as a port (replacing a crash,
 * reading one back, refusing unindexable crashes, retention).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CairnError } from '../../src/errors.js';
import type { SearchIndex } from '../../src/ports/search-index.js';
import { planSearch } from '../../src/search/planner/plan-search.js';
import type { SearchQuery } from '../../src/search/search-query.js';
import { SEARCH_FIXTURE, SEARCH_NOW, toProcessedCrash } from '../fixtures/search-crashes.js';
import { evaluateSearchCase, loadSearchFixture } from './search-case-runner.js';
import { SEARCH_CASES } from './search-cases.js';

/** Opens an empty index; `close` releases it and removes its data. */
export type OpenSearchIndex = () => Promise<{ index: SearchIndex; close: () => Promise<void> }>;

const plan = (query: SearchQuery) =>
  planSearch(query, {
    permissions: new Set(['view_pii']),
    onForbiddenField: 'reject',
    now: SEARCH_NOW,
  });

/** Registers the contract tests for one adapter. */
export function describeSearchIndexContract(adapter: string, open: OpenSearchIndex): void {
  describe(`SearchIndex contract (${adapter}): search cases`, () => {
    let index: SearchIndex;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ index, close } = await open());
      await loadSearchFixture(index);
    });
    afterAll(async () => close?.());

    it.each(SEARCH_CASES.map((searchCase) => [searchCase.name, searchCase] as const))(
      '%s',
      async (_name, searchCase) => {
        const { expected, actual } = await evaluateSearchCase(index, searchCase);
        expect(actual).toEqual(expected);
      },
    );

    it('describes the backend query of a plan', async () => {
      const description = await index.describeSearch(plan({}));
      expect(description.query).toBeTypeOf('object');
      expect(Array.isArray(description.indices)).toBe(true);
    });
  });

  describe(`SearchIndex contract (${adapter}): the port`, () => {
    let index: SearchIndex;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ index, close } = await open());
    });
    afterAll(async () => close?.());

    const crash = SEARCH_FIXTURE[1]!;

    it('reads an indexed crash back with every stored field, lists as lists', async () => {
      await index.indexCrash(toProcessedCrash(crash));
      await index.refresh();
      const stored = await index.getCrash(crash.uuid);
      expect(stored).toMatchObject({
        uuid: crash.uuid,
        date: new Date(crash.dateMs).toISOString(),
        product: crash.product,
        platform: crash.platform,
        build_id: crash.buildId,
        cpu_count: crash.cpuCount,
        addons: crash.addons,
        stack_function: crash.functions,
        modules_in_stack: crash.modulesInStack,
        url: crash.url,
      });
      expect(await index.getCrash('c0ffee00-0000-4000-8000-999999240313')).toBeUndefined();
    });

    it('replaces a crash indexed again under the same uuid', async () => {
      await index.indexCrash({ ...toProcessedCrash(crash), signature: 'replaced::Signature' });
      await index.refresh();
      const result = await index.search(
        plan({
          filter: { kind: 'condition', field: 'uuid', operator: 'matches', value: crash.uuid },
          columns: ['signature'],
        }),
      );
      expect(result.total).toBe(1);
      expect(result.hits).toEqual([{ signature: 'replaced::Signature' }]);
    });

    it('reports fields it had to leave out', async () => {
      const report = await index.indexCrashes([
        { ...toProcessedCrash(SEARCH_FIXTURE[2]!), uptime: 'soon', cpu_count: 99999999 },
      ]);
      expect(report.indexed).toBe(1);
      expect(report.removedFields[SEARCH_FIXTURE[2]!.uuid]).toEqual(['uptime']);
    });

    it('refuses a crash without a uuid or a readable date', async () => {
      expect.assertions(2);
      for (const broken of [
        { date_processed: '2024-03-01T00:00:00Z' },
        { uuid: 'x', date_processed: 'soon' },
      ]) {
        await index.indexCrash(broken).catch((error: unknown) => {
          expect(error instanceof CairnError && error.code).toBe('BAD_REQUEST');
        });
      }
    });

    it('deletes whole weekly periods past the retention period', async () => {
      const old = {
        ...crash,
        uuid: 'c0ffee00-0000-4000-8000-000077230801',
        dateMs: Date.UTC(2023, 7, 1, 12),
      };
      await index.indexCrash(toProcessedCrash(old));
      await index.refresh();
      const report = await index.applyRetention(SEARCH_NOW);
      await index.refresh();
      expect(report.removedCrashes).toBe(1);
      expect(report.cutoff).toBe('2023-09-18T00:00:00.000Z');
      expect(await index.getCrash(old.uuid)).toBeUndefined();
      expect(await index.getCrash(crash.uuid)).toBeDefined();
    });

    it('answers its health check', async () => {
      await expect(index.checkHealth()).resolves.toBeUndefined();
    });
  });
}
