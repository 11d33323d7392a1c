/** The signature report, products and versions, version strings. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUptimeRanges } from '../../src/services/signature-service.js';
import {
  compareVersionsDescending,
  findVersionString,
} from '../../src/services/version-service.js';
import { associateBug } from '../../src/stores/bug-store.js';
import { saveProductVersions } from '../../src/stores/product-version-store.js';
import { recordSignatureSeen } from '../../src/stores/signature-store.js';
import { startApiHarness, type ApiHarness } from '../fixtures/api-harness.js';

describe('signature report', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness();
    await recordSignatureSeen(api.appDb, {
      signature: 'js::break_your_browser',
      date: '2024-02-01T00:00:00.000Z',
      buildId: '20240130000000',
    });
    await associateBug(api.appDb, 5, ['js::break_your_browser', 'js::other']);
  });
  afterAll(async () => api.close());

  it('gives totals, first appearance, bugs with their other signatures, facets and uptime ranges', async () => {
    const { body } = await api.graphql(
      `{ signature(signature: "js::break_your_browser") { total firstSeenDate firstSeenBuild bugs { id signature }
         uptimeRanges { label count } aggregations { key buckets { term count } } crashStatsQuery } }`,
    );
    expect(body.errors).toBeUndefined();
    const report = body.data!.signature as {
      total: number;
      firstSeenDate: string;
      bugs: unknown[];
      uptimeRanges: { label: string; count: number }[];
      aggregations: { key: string; buckets: { term: string; count: number }[] }[];
      crashStatsQuery: string;
    };
    expect(report.total).toBe(3);
    expect(report.firstSeenDate).toBe('2024-02-01T00:00:00.000Z');
    expect(report.bugs).toEqual([
      { id: 5, signature: 'js::break_your_browser' },
      { id: 5, signature: 'js::other' },
    ]);
    expect(report.uptimeRanges).toEqual([
      { label: '< 1 min', count: 2 },
      { label: '1-5 min', count: 0 },
      { label: '5-15 min', count: 1 },
      { label: '15-60 min', count: 0 },
      { label: '> 1 hour', count: 0 },
    ]);
    const platforms = report.aggregations.find((aggregation) => aggregation.key === 'platform');
    expect(platforms?.buckets).toEqual([
      { term: 'Linux', count: 2 },
      { term: 'Windows NT', count: 1 },
    ]);
    expect(report.aggregations.map((aggregation) => aggregation.key)).toContain('histogram_date');
    expect(report.crashStatsQuery).toContain('signature=%3Djs%3A%3Abreak_your_browser');
  });

  it('narrows by an extra filter, whose protected fields need the permission', async () => {
    const { body } = await api.graphql(
      '{ signature(signature: "js::break_your_browser", filter: { field: "platform", value: "Linux" }) { total } }',
    );
    expect(body.data!.signature).toEqual({ total: 2 });
    const forbidden = await api.graphql(
      '{ signature(signature: "js::break_your_browser", filter: { field: "url", operator: IS_NULL }) { total } }',
    );
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('SEARCH_FIELD_FORBIDDEN');
  });

  it('counts uptime buckets into the reference’s ranges', () => {
    expect(
      countUptimeRanges([
        { term: 0, count: 2 },
        { term: 240, count: 1 },
        { term: 7200, count: 4 },
      ]),
    ).toEqual([
      { label: '< 1 min', count: 2 },
      { label: '1-5 min', count: 1 },
      { label: '5-15 min', count: 0 },
      { label: '15-60 min', count: 0 },
      { label: '> 1 hour', count: 4 },
    ]);
  });

  it('lists products and versions from recent crashes, newest first, each beta umbrella above its betas', async () => {
    const { body } = await api.graphql(
      '{ products { name crashCount versions { version crashCount } } }',
    );
    expect(body.data!.products).toEqual([
      {
        name: 'Firefox',
        crashCount: 5,
        versions: [
          { version: '121.0b', crashCount: 2 },
          { version: '121.0b3', crashCount: 2 },
          { version: '120.0', crashCount: 2 },
          { version: '119.0', crashCount: 1 },
        ],
      },
      { name: 'Thunderbird', crashCount: 1, versions: [{ version: '115.1', crashCount: 1 }] },
    ]);
  });

  it('orders versions newest first, releases before their betas', () => {
    expect(
      ['119.0', '120.0b2', '120.0', '9.0', '120.0b10'].sort(compareVersionsDescending),
    ).toEqual(['120.0', '120.0b10', '120.0b2', '119.0', '9.0']);
  });

  it('finds version strings, preferring the beta over a release candidate of the same build', async () => {
    await saveProductVersions(api.appDb, [
      {
        product_name: 'Firefox',
        release_channel: 'beta',
        major_version: 52,
        release_version: '52.0',
        version_string: '52.0rc1',
        build_id: '1',
        archive_url: null,
      },
      {
        product_name: 'Firefox',
        release_channel: 'beta',
        major_version: 52,
        release_version: '52.0',
        version_string: '52.0b9',
        build_id: '1',
        archive_url: null,
      },
      {
        product_name: 'Firefox',
        release_channel: 'release',
        major_version: 52,
        release_version: '52.0',
        version_string: '52.0',
        build_id: '2',
        archive_url: null,
      },
    ]);
    expect(
      await findVersionString(api.deps, { product: 'Firefox', channel: 'beta', buildId: '1' }),
    ).toBe('52.0b9');
    expect(
      await findVersionString(api.deps, { product: 'Firefox', channel: 'Release', buildId: '2' }),
    ).toBe('52.0');
    expect(
      await findVersionString(api.deps, { product: 'Firefox', channel: 'beta', buildId: '3' }),
    ).toBeUndefined();
  });
});
