/** Version strings of builds, and the versions a product has crashes for. */
import { planSearch } from '@cairn/core';
import { findProductVersions } from '../stores/product-version-store.js';
import type { ServiceDependencies } from './api-services.js';

/**
 * The version string of a build (the reference's `VersionString`, used to turn a beta build's
 * `52.0` into `52.0b5`). On the beta channel a build can also have been shipped as a release
 * candidate; the beta version string wins, as in the reference.
 */
export async function findVersionString(
  deps: ServiceDependencies,
  query: { product: string; channel: string; buildId: string },
): Promise<string | undefined> {
  const versions = (await findProductVersions(deps.appDb, query)).map((row) => row.version_string);
  if (versions.length === 0) return undefined;
  const channel = query.channel.toLowerCase();
  if ((channel === 'beta' || channel === 'aurora') && versions.length > 1) {
    const withoutRc = versions.filter((version) => !/rc\d*$/.test(version));
    if (withoutRc.length > 0) return withoutRc[0];
  }
  return versions[0];
}

/** One product seen in crash data, with its versions. */
export interface ProductSummary {
  readonly name: string;
  /** Crashes in the window. */
  readonly crashCount: number;
  /** Versions with crashes in the window, newest first, with the beta umbrella entries. */
  readonly versions: readonly VersionSummary[];
}

/** One version of a product. */
export interface VersionSummary {
  readonly version: string;
  readonly crashCount: number;
}

/** Window and threshold for versions derived from crash data (the reference: 60 days). */
const VERSIONS_WINDOW_DAYS = 60;

/**
 * Products and versions derived from crash data, as the reference derives its version lists:
 * a facet on product and version over the last 60 days, newest version first, with an
 * `X.Yb` entry standing for every beta of X.Y.
 */
export async function listProducts(deps: ServiceDependencies): Promise<ProductSummary[]> {
  const now = deps.clock.now();
  const plan = planSearch(
    {
      dateRange: {
        from: {
          value: new Date(now.getTime() - VERSIONS_WINDOW_DAYS * 86_400_000).toISOString(),
          inclusive: true,
        },
      },
      resultsNumber: 0,
      facetsSize: 1000,
      aggregations: [
        { kind: 'terms', field: 'product', aggregations: [{ kind: 'terms', field: 'version' }] },
      ],
    },
    { permissions: new Set(), onForbiddenField: 'reject', now },
  );
  const result = await deps.searchIndex.search(plan);
  const products = result.facets.product;
  if (!Array.isArray(products)) return [];
  return products
    .map((bucket) => {
      const versions = bucket.facets?.version;
      const list = Array.isArray(versions)
        ? versions.map((v) => ({ version: String(v.term), crashCount: v.count }))
        : [];
      return {
        name: String(bucket.term),
        crashCount: bucket.count,
        versions: withBetaUmbrellas(list).sort((a, b) =>
          compareVersionsDescending(a.version, b.version),
        ),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function withBetaUmbrellas(versions: readonly VersionSummary[]): VersionSummary[] {
  const umbrellas = new Map<string, number>();
  for (const { version, crashCount } of versions) {
    const beta = /^(\d+\.\d+)b\d+$/.exec(version);
    if (beta) umbrellas.set(`${beta[1]}b`, (umbrellas.get(`${beta[1]}b`) ?? 0) + crashCount);
  }
  return [...versions, ...[...umbrellas].map(([version, crashCount]) => ({ version, crashCount }))];
}

/** Newest first: numeric parts compared as numbers, a release before its betas. */
export function compareVersionsDescending(a: string, b: string): number {
  const parse = (version: string) =>
    version.split(/(\d+)/).filter((part) => part !== '' && part !== '.');
  const left = parse(a);
  const right = parse(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const bothNumbers = /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = bothNumbers ? Number(y) - Number(x) : x < y ? 1 : x > y ? -1 : 0;
    if (order !== 0) return order;
  }
  return 0;
}
