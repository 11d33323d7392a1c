/** Top Crashers' math (§2.6) on a controlled set of crashes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS_CALLER } from '../../src/auth/caller.js';
import { readTopCrashers } from '../../src/services/top-crashers-service.js';
import {
  buildTopCrashersFilter,
  topCrashersWindow,
} from '../../src/services/top-crashers-input.js';
import { associateBug } from '../../src/stores/bug-store.js';
import { recordSignatureSeen } from '../../src/stores/signature-store.js';
import { startApiHarness, type ApiHarness } from '../fixtures/api-harness.js';
import { TEST_NOW, makeProcessedCrash } from '../fixtures/test-crashes.js';

/** [signature, platform, hours ago, uptime, startup] for each crash. */
const CRASHES: readonly [string, string, number, number, boolean][] = [
  // This week: A ×4 (one of them at start-up), B ×2, C ×1 (new).
  ['A', 'Windows NT', 1, 10, true],
  ['A', 'Windows NT', 2, 20, false],
  ['A', 'Linux', 3, 30, false],
  ['A', 'Mac OS X', 4, 5000, false],
  ['B', 'Linux', 5, 5000, false],
  ['B', 'Linux', 6, 5000, false],
  ['C', 'Windows NT', 7, 5000, false],
  // The week before: B ×3, A ×1.
  ['B', 'Linux', 24 * 8, 100, false],
  ['B', 'Linux', 24 * 9, 100, false],
  ['B', 'Windows NT', 24 * 10, 100, false],
  ['A', 'Windows NT', 24 * 11, 100, false],
];

describe('Top Crashers', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness({ withCrashes: false });
    await api.searchIndex.indexCrashes(
      CRASHES.map(([signature, platform, hoursAgo, uptime, startupCrash], index) =>
        makeProcessedCrash({
          n: index + 1,
          product: 'Firefox',
          version: '120.0',
          platform,
          signature,
          hoursAgo,
          uptime,
          startupCrash,
        }),
      ),
    );
    await api.searchIndex.refresh();
    await recordSignatureSeen(api.appDb, {
      signature: 'A',
      date: '2024-01-01T00:00:00.000Z',
      buildId: '20240101000000',
    });
    await associateBug(api.appDb, 100, ['A']);
    await associateBug(api.appDb, 200, ['A', 'B']);
  });
  afterAll(async () => api.close());

  it('ranks signatures with shares, change against the previous window and rank movement', async () => {
    const report = await readTopCrashers(api.deps, ANONYMOUS_CALLER, {
      product: 'Firefox',
      processType: 'any',
    });
    expect(report.totalCrashes).toBe(7);
    expect(report.coveredCrashes).toBe(7);
    expect(report.endDate).toBe(TEST_NOW.toISOString());
    const [a, b, c] = report.crashers;
    expect(a).toMatchObject({
      rank: 1,
      signature: 'A',
      count: 4,
      previousRank: 2,
      rankChange: 1,
      isNew: false,
      startupCrashCount: 1,
      startupCrashFlag: 'some',
      installCount: 4,
      firstSeenDate: '2024-01-01T00:00:00.000Z',
      bugIds: [200, 100],
      platformCounts: [
        { platform: 'win', count: 2 },
        { platform: 'mac', count: 1 },
        { platform: 'lin', count: 1 },
      ],
    });
    expect(a!.percentOfTotal).toBeCloseTo((4 / 7) * 100);
    expect(a!.percentChange).toBeCloseTo((4 / 7) * 100 - 25);
    // 3 of A's 4 crashes were in the first minute: more than half.
    expect(a!.isStartupByUptime).toBe(true);
    expect(b).toMatchObject({
      rank: 2,
      signature: 'B',
      count: 2,
      previousRank: 1,
      rankChange: -1,
      isStartupByUptime: false,
    });
    expect(b!.percentChange).toBeCloseTo((2 / 7) * 100 - 75);
    expect(c).toMatchObject({
      rank: 3,
      signature: 'C',
      isNew: true,
      percentChange: null,
      previousRank: null,
      bugIds: [],
    });
  });

  it('answers the same table over GraphQL', async () => {
    const { body } = await api.graphql(
      '{ topCrashers(input: { product: "Firefox", processType: "any" }) { totalCrashes crashers { rank signature count rankChange isNew } } }',
    );
    expect(body.data!.topCrashers).toEqual({
      totalCrashes: 7,
      crashers: [
        { rank: 1, signature: 'A', count: 4, rankChange: 1, isNew: false },
        { rank: 2, signature: 'B', count: 2, rankChange: -1, isNew: false },
        { rank: 3, signature: 'C', count: 1, rankChange: null, isNew: true },
      ],
    });
  });

  it('ends the window at midnight in byday mode and refuses unknown window lengths', () => {
    expect(topCrashersWindow({ product: 'Firefox', mode: 'byday', days: 1 }, TEST_NOW)).toEqual({
      start: new Date('2024-03-12T00:00:00Z'),
      end: new Date('2024-03-13T00:00:00Z'),
      previousStart: new Date('2024-03-11T00:00:00Z'),
    });
    expect(() => topCrashersWindow({ product: 'Firefox', days: 5 }, TEST_NOW)).toThrow(
      'days must be one of 1, 3, 7, 14, 28',
    );
    expect(() =>
      topCrashersWindow({ product: 'Firefox', processType: 'browser' as 'parent' }, TEST_NOW),
    ).toThrow('processType must be one of any, parent, content');
  });

  it('filters by build date as build ids in build mode, and “other” process types as none of the known ones', () => {
    const filter = buildTopCrashersFilter(
      { product: 'Firefox', rangeType: 'build', processType: 'other', reportType: 'any' },
      new Date('2024-03-06T12:00:00Z'),
      TEST_NOW,
    );
    expect(JSON.stringify(filter)).toContain(
      '"field":"build_id","operator":"gte","value":20240306120000',
    );
    expect(JSON.stringify(filter)).toContain(
      '"field":"build_id","operator":"lt","value":20240313120000',
    );
    expect(filter).toMatchObject({ kind: 'and' });
    expect(JSON.stringify(filter)).toContain('{"kind":"not","filter":{"kind":"or"');
  });
});
