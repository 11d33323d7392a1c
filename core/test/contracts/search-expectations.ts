/**
 * Small helpers to state what a search over the fixture must answer: which crashes match,
 * in which order, and how facets count them. Each case says its rule as a plain predicate or
 * key function over the crash facts, independently of either adapter.
 */
import type { FacetBucket, SearchHit } from '../../src/ports/search-index.js';
import { SEARCH_FIXTURE, SEARCH_NOW, type CrashFacts } from '../fixtures/search-crashes.js';

const DAY = 86_400_000;

/** Crashes of the fixture within the default range (the last 7 days). */
export const RECENT = SEARCH_FIXTURE.filter(
  (crash) => crash.dateMs >= SEARCH_NOW.getTime() - 7 * DAY && crash.dateMs <= SEARCH_NOW.getTime(),
);

/** Recent crashes matching a predicate. */
export function recent(predicate: (crash: CrashFacts) => boolean): CrashFacts[] {
  return RECENT.filter(predicate);
}

/** Newest first, then by crash id: the default hit order. */
export function byDefaultOrder(crashes: readonly CrashFacts[]): CrashFacts[] {
  return [...crashes].sort((a, b) => b.dateMs - a.dateMs || compareText(a.uuid, b.uuid));
}

/** Hits with the default columns. */
export function defaultHits(crashes: readonly CrashFacts[], limit = 100): SearchHit[] {
  return byDefaultOrder(crashes)
    .slice(0, limit)
    .map((crash) => ({
      uuid: crash.uuid,
      date: new Date(crash.dateMs).toISOString(),
      signature: crash.signature,
      product: crash.product,
      version: crash.version,
    }));
}

/** Elasticsearch's key order for text: UTF-8 bytes. */
export function compareText(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** A terms facet: buckets by count, ties by value, `size` of them. */
export function termsFacet<K extends string | number>(
  crashes: readonly CrashFacts[],
  valuesOf: (crash: CrashFacts) => readonly K[] | K | undefined,
  size = 50,
  facetsOf?: (bucketCrashes: CrashFacts[]) => Record<string, unknown>,
): FacetBucket[] {
  const groups = new Map<K, CrashFacts[]>();
  for (const crash of crashes) {
    const values = valuesOf(crash);
    const list = values === undefined ? [] : Array.isArray(values) ? values : [values as K];
    for (const value of new Set(list)) groups.set(value, [...(groups.get(value) ?? []), crash]);
  }
  return [...groups]
    .sort(
      ([a, left], [b, right]) =>
        right.length - left.length ||
        (typeof a === 'number' ? a - (b as number) : compareText(String(a), String(b))),
    )
    .slice(0, size)
    .map(([term, members]) => ({
      term,
      count: members.length,
      ...(facetsOf && { facets: facetsOf(members) as FacetBucket['facets'] }),
    }));
}

/** A histogram: buckets by lower bound, empty ones left out. */
export function histogramFacet(
  crashes: readonly CrashFacts[],
  bucketOf: (crash: CrashFacts) => number | string | undefined,
  facetsOf?: (bucketCrashes: CrashFacts[]) => Record<string, unknown>,
): FacetBucket[] {
  const groups = new Map<number | string, CrashFacts[]>();
  for (const crash of crashes) {
    const key = bucketOf(crash);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), crash]);
  }
  return [...groups]
    .sort(([a], [b]) =>
      typeof a === 'number' ? a - (b as number) : compareText(String(a), String(b)),
    )
    .map(([term, members]) => ({
      term,
      count: members.length,
      ...(facetsOf && { facets: facetsOf(members) as FacetBucket['facets'] }),
    }));
}

/** Start of the UTC day, as the result's date text. */
export function dayOf(crash: CrashFacts): string {
  return new Date(Math.floor(crash.dateMs / DAY) * DAY).toISOString();
}

/** Distinct count. */
export function cardinality<T>(
  crashes: readonly CrashFacts[],
  valuesOf: (crash: CrashFacts) => readonly T[] | T | undefined,
): { value: number } {
  const values = new Set<T>();
  for (const crash of crashes) {
    const found = valuesOf(crash);
    if (found === undefined) continue;
    for (const value of Array.isArray(found) ? found : [found as T]) values.add(value);
  }
  return { value: values.size };
}

/** The tokens of a `;` list the way the index stores them. */
export function semicolonTokens(text: string | undefined): string[] | undefined {
  return text?.split(';').map((item) => item.toLowerCase());
}

/** Every function on the crashing thread, inlined ones included. */
export function stackFunctions(crash: CrashFacts): string[] {
  return [...crash.inlineFunctions, ...crash.functions];
}
