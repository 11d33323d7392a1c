/**
 * Functions SQLite lacks, registered on each connection: word matching with Elasticsearch's
 * analyser, prefix and suffix tests, Lucene regular expressions,
 * and histogram bucketing. Text tests run over a field's distinct values (search_terms), so
 * their cost grows with the number of distinct values, not of crashes.
 */
import type { Database } from 'better-sqlite3';
import { translateLuceneRegexp } from '../../../search/lucene-regexp.js';
import { analyzeStandardText } from '../../../search/text-analysis.js';

const CACHE_LIMIT = 200_000;

/** A map that forgets everything when it grows past a limit (caches here are rebuilt cheaply). */
class BoundedCache<K, V> extends Map<K, V> {
  remember(key: K, compute: (key: K) => V): V {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    if (this.size >= CACHE_LIMIT) this.clear();
    const value = compute(key);
    this.set(key, value);
    return value;
  }
}

/** Registers Cairn's search functions on a connection. */
export function registerSearchFunctions(database: Database): void {
  const deterministic = { deterministic: true } as const;
  const tokensOfValue = new BoundedCache<string, readonly string[]>();
  const parsedQueries = new BoundedCache<string, ReadonlySet<string>>();
  const regexps = new BoundedCache<string, RegExp>();

  database.function('cairn_any_token', deterministic, (value: unknown, tokens: unknown) => {
    const wanted = parsedQueries.remember(String(tokens), (json) => new Set(JSON.parse(json)));
    const present = tokensOfValue.remember(String(value), analyzeStandardText);
    return present.some((token) => wanted.has(token)) ? 1 : 0;
  });
  database.function('cairn_starts_with', deterministic, (value: unknown, prefix: unknown) =>
    String(value).startsWith(String(prefix)) ? 1 : 0,
  );
  database.function('cairn_ends_with', deterministic, (value: unknown, suffix: unknown) =>
    String(value).endsWith(String(suffix)) ? 1 : 0,
  );
  database.function('cairn_regexp', deterministic, (value: unknown, pattern: unknown) =>
    regexps.remember(String(pattern), translateLuceneRegexp).test(String(value)) ? 1 : 0,
  );
  database.function('cairn_histogram_bucket', deterministic, (value: unknown, width: unknown) =>
    value === null ? null : Math.floor(Number(value) / Number(width)) * Number(width),
  );
  database.function('cairn_calendar_bucket', deterministic, (ms: unknown, interval: unknown) =>
    ms === null ? null : calendarBucketStart(Number(ms), String(interval)),
  );
}

/** Start of the UTC month, quarter or year holding the instant. */
function calendarBucketStart(ms: number, interval: string): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (interval === 'year') return Date.UTC(year, 0, 1);
  const month = date.getUTCMonth();
  return Date.UTC(year, interval === 'quarter' ? month - (month % 3) : month, 1);
}
