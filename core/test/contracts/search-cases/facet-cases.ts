/** Search cases: facets, nested aggregations, histograms and distinct counts. */
import {
  RECENT,
  cardinality,
  dayOf,
  histogramFacet,
  semicolonTokens,
  stackFunctions,
  termsFacet,
} from '../search-expectations.js';
import { SINCE_FEBRUARY, type SearchCase } from './search-case.js';

/** Facets, nested aggregations, histograms and distinct counts. */
export const FACET_CASES: readonly SearchCase[] = [
  {
    name: 'facets on text, keyword, boolean, list and `;` list fields, cut to the facet size',
    crashStats:
      '_facets=platform&_facets=version&_facets=startup_crash&_facets=addons&_facets=modules_in_stack&_facets=uptime&_facets_size=3',
    expect: {
      facets: {
        platform: termsFacet(RECENT, (c) => c.platform, 3),
        version: termsFacet(RECENT, (c) => c.version, 3),
        startup_crash: termsFacet(RECENT, (c) => (c.startupCrash === true ? 'T' : 'F'), 3),
        addons: termsFacet(RECENT, (c) => c.addons, 3),
        modules_in_stack: termsFacet(RECENT, (c) => semicolonTokens(c.modulesInStack), 3),
        uptime: termsFacet(RECENT, (c) => c.uptime, 3),
      },
    },
  },
  {
    name: 'facets on stack functions',
    crashStats: '_facets=stack_function&_facets_size=4&_results_number=0',
    expect: { facets: { stack_function: termsFacet(RECENT, stackFunctions, 4) } },
  },
  {
    name: 'distinct counts',
    crashStats:
      '_facets=_cardinality.platform&_facets=_cardinality.addons&_facets=_cardinality.uptime',
    expect: {
      facets: {
        cardinality_platform: cardinality(RECENT, (c) => c.platform),
        cardinality_addons: cardinality(RECENT, (c) => c.addons),
        cardinality_uptime: cardinality(RECENT, (c) => c.uptime),
      },
    },
  },
  {
    name: 'nested aggregation product → version with a distinct count inside',
    crashStats: '_facets=&_aggs.product.version=_cardinality.install_time',
    expect: {
      facets: {
        product: termsFacet(
          RECENT,
          (c) => c.product,
          50,
          (byProduct) => ({
            version: termsFacet(
              byProduct,
              (c) => c.version,
              50,
              (byVersion) => ({
                cardinality_install_time: cardinality(byVersion, (c) => c.installTime),
              }),
            ),
          }),
        ),
      },
    },
  },
  {
    name: 'signature aggregation with sub-facets, cut per bucket',
    crashStats:
      '_facets=&_aggs.signature=platform&_aggs.signature=_cardinality.uuid&_facets_size=2',
    expect: {
      facets: {
        signature: termsFacet(
          RECENT,
          (c) => c.signature,
          2,
          (bySignature) => ({
            platform: termsFacet(bySignature, (c) => c.platform, 2),
            cardinality_uuid: cardinality(bySignature, (c) => c.uuid),
          }),
        ),
      },
    },
  },
  {
    name: 'date histogram by day with sub-facets',
    crashStats: '_facets=&_histogram.date=product&_histogram.date=platform',
    expect: {
      facets: {
        histogram_date: histogramFacet(RECENT, dayOf, (byDay) => ({
          product: termsFacet(byDay, (c) => c.product),
          platform: termsFacet(byDay, (c) => c.platform),
        })),
      },
    },
  },
  {
    name: 'weekly histogram buckets start on Mondays',
    crashStats: '_facets=_histogram.date&_histogram_interval.date=week&date=>=2024-02-01',
    expect: {
      facets: {
        histogram_date: histogramFacet(SINCE_FEBRUARY, (c) => {
          const day = Math.floor(c.dateMs / 86_400_000);
          const monday = day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
          return new Date(monday * 86_400_000).toISOString();
        }),
      },
    },
  },
  {
    name: 'monthly histogram',
    crashStats: '_facets=_histogram.date&_histogram_interval.date=month&date=>=2024-02-01',
    expect: {
      facets: {
        histogram_date: histogramFacet(SINCE_FEBRUARY, (c) => {
          const date = new Date(c.dateMs);
          return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)).toISOString();
        }),
      },
    },
  },
  {
    name: 'number histogram with an interval, missing values left out',
    crashStats: '_facets=&_histogram.uptime=release_channel&_histogram_interval.uptime=20',
    expect: {
      facets: {
        histogram_uptime: histogramFacet(
          RECENT,
          (c) => (c.uptime === undefined ? undefined : Math.floor(c.uptime / 20) * 20),
          (bucket) => ({ release_channel: termsFacet(bucket, (c) => c.releaseChannel) }),
        ),
      },
    },
  },
  {
    name: 'histogram of a long field as a facet value',
    crashStats: '_facets=_histogram.build_id&_histogram_interval.build_id=2',
    expect: {
      facets: {
        histogram_build_id: histogramFacet(RECENT, (c) => Math.floor(c.buildId / 2) * 2),
      },
    },
  },
  {
    name: 'facet size 0 turns aggregations off',
    crashStats: '_facets_size=0&_facets=platform',
    expect: { facets: {} },
  },
];
