/**
 * Facets, nested aggregations, histograms and distinct counts in SQLite, with the same
 * buckets Elasticsearch returns: one GROUP BY query per aggregation node, covering every
 * parent bucket at once; then, per parent, terms buckets sorted by count (ties by value) and
 * cut to the facet size, histogram buckets sorted by their lower bound.
 */
import type { Database } from 'better-sqlite3';
import type { FieldDefinition } from '../../../fields/field-definition.js';
import type { FacetBucket, SearchFacets } from '../../../ports/search-index.js';
import { formatSearchDate } from '../../../search/search-dates.js';
import type { PlannedAggregation } from '../../../search/search-plan.js';
import type { FieldIds } from './filter-sql.js';
import { FIELD_COLUMNS } from './sqlite-schema.js';
import type { SqlFragment } from './sql-fragment.js';
import type { TermDictionary } from './term-dictionary.js';

/** How to group crashes by one aggregation's values. */
interface Dimension {
  readonly field: FieldDefinition;
  readonly key: string;
  readonly join?: string;
  /** Whether keys are search_terms ids to translate into text. */
  readonly isTermId: boolean;
  readonly isHistogram: boolean;
  /** Keys a child query may restrict this dimension to (terms buckets kept by the parent). */
  readonly keptKeys?: ReadonlySet<unknown>;
}

/** What every aggregation query shares: the search's condition and the facet size. */
export interface AggregationScope {
  readonly database: Database;
  readonly dictionary: TermDictionary;
  readonly fieldIds: FieldIds;
  readonly where: SqlFragment;
  readonly facetsSize: number;
  /** Whether the search filters on more than the date range. */
  readonly hasFilter: boolean;
  /** Collects each statement run, for describeSearch. */
  readonly statements?: SqlFragment[];
}

const DAY_MS = 86_400_000;
const FIXED_INTERVALS_MS: Readonly<Record<string, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: DAY_MS,
};
/** 1970-01-05, the first Monday of the epoch: weekly buckets start on Mondays. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

/** The `facets` of a search. */
export function runAggregations(
  scope: AggregationScope,
  aggregations: readonly PlannedAggregation[],
): SearchFacets {
  return evaluate(scope, aggregations, [], ['[]']).get('[]')!;
}

type Facets = Record<string, FacetBucket[] | { value: number }>;

/** Facets for each parent bucket, by its path (the JSON of its ancestors' keys). */
function evaluate(
  scope: AggregationScope,
  aggregations: readonly PlannedAggregation[],
  ancestors: readonly Dimension[],
  parentPaths: readonly string[],
  prefetched?: ReadonlyMap<PlannedAggregation, GroupRow[]>,
): Map<string, Facets> {
  const byParent = new Map<string, Facets>(parentPaths.map((path) => [path, {}]));
  for (const aggregation of aggregations) {
    const dimension = dimensionOf(scope, aggregation, ancestors.length);
    if (aggregation.kind === 'cardinality') {
      const rows = query(scope, ancestors, dimension, `count(DISTINCT ${dimension.key})`, false);
      const counts = new Map(rows.map((row) => [row.path, row.measure]));
      for (const [path, facets] of byParent) {
        facets[aggregation.key] = { value: counts.get(path) ?? 0 };
      }
      continue;
    }
    const { rows, childRows } = prefetched?.has(aggregation)
      ? { rows: prefetched.get(aggregation)!, childRows: undefined }
      : groupWithFirstChild(scope, ancestors, dimension, aggregation);
    const buckets = chooseBuckets(scope, dimension, rows);
    const childPaths = [...buckets].flatMap(([path, list]) =>
      list.map((bucket) => childPath(path, bucket.rawKey)),
    );
    const kept = new Set([...buckets.values()].flatMap((list) => list.map((b) => b.rawKey)));
    const children =
      aggregation.aggregations.length === 0
        ? undefined
        : evaluate(
            scope,
            aggregation.aggregations,
            [...ancestors, { ...dimension, keptKeys: dimension.isHistogram ? undefined : kept }],
            childPaths,
            childRows,
          );
    for (const [path, facets] of byParent) {
      facets[aggregation.key] = (buckets.get(path) ?? []).map(({ rawKey, term, count }) =>
        children
          ? { term, count, facets: children.get(childPath(path, rawKey))! }
          : { term, count },
      );
    }
  }
  return byParent;
}

/**
 * Counts for an aggregation's buckets and, in the same sweep, for its first sub-aggregation
 * when both group by plain columns: grouping by (bucket, sub-bucket) with missing sub-values
 * kept, a bucket's count is the sum of its rows. One pass over the crashes instead of two.
 */
function groupWithFirstChild(
  scope: AggregationScope,
  ancestors: readonly Dimension[],
  dimension: Dimension,
  aggregation: PlannedAggregation & { kind: 'terms' | 'histogram' },
): { rows: GroupRow[]; childRows?: ReadonlyMap<PlannedAggregation, GroupRow[]> } {
  const child = aggregation.aggregations[0];
  const childDimension =
    child && child.kind !== 'cardinality'
      ? dimensionOf(scope, child, ancestors.length + 1)
      : undefined;
  if (!childDimension || dimension.join || childDimension.join) {
    return { rows: query(scope, ancestors, dimension, 'count(*)', true) };
  }
  const combined = query(scope, ancestors, dimension, 'count(*)', true, childDimension);
  const totals = new Map<string, GroupRow>();
  const childRows: GroupRow[] = [];
  for (const row of combined) {
    const id = JSON.stringify([row.path, row.key]);
    const total = totals.get(id);
    totals.set(id, { ...row, measure: (total?.measure ?? 0) + row.measure });
    if (row.extraKey !== null) {
      childRows.push({
        path: childPath(row.path, row.key),
        key: row.extraKey,
        measure: row.measure,
      });
    }
  }
  return { rows: [...totals.values()], childRows: new Map([[child!, childRows]]) };
}

function childPath(parentPath: string, key: unknown): string {
  return JSON.stringify([...(JSON.parse(parentPath) as unknown[]), key]);
}

interface GroupRow {
  readonly path: string;
  readonly key: unknown;
  readonly measure: number;
  /** The key of the extra, nullable dimension, when one was grouped on. */
  readonly extraKey?: unknown;
}

/**
 * Runs one GROUP BY over the ancestors' keys (and this dimension's, when grouping by it, and
 * an `extra` dimension's, whose missing values are kept as their own group).
 */
function query(
  scope: AggregationScope,
  ancestors: readonly Dimension[],
  dimension: Dimension,
  measure: string,
  groupByDimension: boolean,
  extra?: Dimension,
): GroupRow[] {
  const grouped = [
    ...ancestors,
    ...(groupByDimension ? [dimension] : []),
    ...(extra ? [extra] : []),
  ];
  const parameters: unknown[] = [...scope.where.parameters];
  const conditions = [scope.where.sql, `${dimension.key} IS NOT NULL`];
  for (const ancestor of ancestors) {
    conditions.push(`${ancestor.key} IS NOT NULL`);
    if (ancestor.keptKeys) {
      conditions.push(`${ancestor.key} IN (SELECT value FROM json_each(?))`);
      parameters.push(JSON.stringify([...ancestor.keptKeys]));
    }
  }
  const joins = [...ancestors, dimension].flatMap((d) => (d.join ? [d.join] : []));
  const keys = grouped.map((d, i) => `${d.key} AS k${i}`);
  const sql = `SELECT ${[...keys, `${measure} AS measure`].join(', ')} FROM crashes ${joins.join(' ')} WHERE ${conditions.join(' AND ')}${grouped.length > 0 ? ` GROUP BY ${grouped.map((_, i) => `k${i}`).join(', ')}` : ''}`;
  scope.statements?.push({ sql, parameters });
  const rows = scope.database
    .prepare(sql)
    .raw()
    .all(...parameters) as unknown[][];
  const kept = (row: unknown[]) =>
    ancestors.every((ancestor, i) => !ancestor.keptKeys || ancestor.keptKeys.has(row[i]));
  const depth = ancestors.length;
  return rows.filter(kept).map((row) => ({
    path: JSON.stringify(row.slice(0, depth)),
    key: groupByDimension ? row[depth] : undefined,
    measure: Number(row.at(-1)),
    ...(extra && { extraKey: row[depth + 1] }),
  }));
}

interface ChosenBucket {
  readonly rawKey: unknown;
  readonly term: string | number;
  readonly count: number;
}

/**
 * Per parent path: terms by count then value, cut to the facet size; histograms by bound.
 * Only the candidates that can make the cut (the largest counts, with ties at the cut) have
 * their text read, so a facet over many distinct values reads few of them.
 */
function chooseBuckets(
  scope: AggregationScope,
  dimension: Dimension,
  rows: readonly GroupRow[],
): Map<string, ChosenBucket[]> {
  const byPath = new Map<string, { rawKey: unknown; count: number }[]>();
  for (const row of rows) {
    const list = byPath.get(row.path);
    if (list) list.push({ rawKey: row.key, count: row.measure });
    else byPath.set(row.path, [{ rawKey: row.key, count: row.measure }]);
  }
  const candidates = new Map<string, { rawKey: unknown; count: number }[]>();
  for (const [path, list] of byPath) {
    if (dimension.isHistogram || list.length <= scope.facetsSize) {
      candidates.set(path, list);
      continue;
    }
    list.sort((a, b) => b.count - a.count);
    const cut = list[scope.facetsSize - 1]!.count;
    candidates.set(
      path,
      list.filter((candidate) => candidate.count >= cut),
    );
  }
  const texts = dimension.isTermId
    ? scope.dictionary.termValues(
        [...candidates.values()].flatMap((list) => list.map((c) => c.rawKey as number)),
      )
    : undefined;
  const chosen = new Map<string, ChosenBucket[]>();
  for (const [path, list] of candidates) {
    const keyed = list.map(({ rawKey, count }) => ({
      rawKey,
      count,
      sortKey: texts ? texts.get(rawKey as number)! : rawKey,
    }));
    const ordered = dimension.isHistogram
      ? keyed.sort((a, b) => compareKeys(a.sortKey, b.sortKey))
      : keyed
          .sort((a, b) => b.count - a.count || compareKeys(a.sortKey, b.sortKey))
          .slice(0, scope.facetsSize);
    chosen.set(
      path,
      ordered.map(({ rawKey, sortKey, count }) => ({
        rawKey,
        term: formatTerm(dimension.field, sortKey),
        count,
      })),
    );
  }
  return chosen;
}

/** Numbers numerically, text by code point (Elasticsearch orders keywords by UTF-8 bytes). */
function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareCodePoints(String(a), String(b));
}

/**
 * Code point order (the order of UTF-8 bytes) without encoding: UTF-16 units compare the
 * same way, except that surrogates, which encode code points above U+FFFF, come last.
 */
function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const left = a.charCodeAt(i);
    const right = b.charCodeAt(i);
    if (left === right) continue;
    const leftIsSurrogate = left >= 0xd800 && left <= 0xdfff;
    const rightIsSurrogate = right >= 0xd800 && right <= 0xdfff;
    if (leftIsSurrogate !== rightIsSurrogate) return leftIsSurrogate ? 1 : -1;
    return left - right;
  }
  return a.length - b.length;
}

function formatTerm(field: FieldDefinition, key: unknown): string | number {
  if (field.storage === 'boolean') return key === 1 ? 'T' : 'F';
  if (field.storage === 'date') return formatSearchDate(Number(key));
  return typeof key === 'number' ? key : String(key);
}

/** The SQL key (and join) that groups crashes by an aggregation's values. */
function dimensionOf(
  scope: AggregationScope,
  aggregation: PlannedAggregation,
  depth: number,
): Dimension {
  const { field } = aggregation;
  const { layout, column } = FIELD_COLUMNS.get(field.name)!;
  if (aggregation.kind === 'histogram') {
    return {
      field,
      key: histogramKey(`crashes.${column}`, aggregation.interval),
      isTermId: false,
      isHistogram: true,
    };
  }
  if (layout === 'list' || layout === 'tokens') {
    const alias = `lv${depth}`;
    return {
      field,
      key: `${alias}.term`,
      join: `JOIN crash_list_values ${alias} ON ${alias}.crash = crashes.id AND ${alias}.field = ${scope.fieldIds(field.name)}`,
      isTermId: true,
      isHistogram: false,
    };
  }
  // With a filter, the unary + keeps SQLite from walking the field's own index to group (and
  // reading every row of the range to test the filter): the filter picks the index and a sort
  // groups what it finds. Without one, walking a covering (field, date) index groups best.
  const key = scope.hasFilter ? `+crashes.${column}` : `crashes.${column}`;
  return { field, key, isTermId: layout === 'term', isHistogram: false };
}

function histogramKey(column: string, interval: string | number): string {
  if (typeof interval === 'number') return `cairn_histogram_bucket(${column}, ${interval})`;
  const fixed = FIXED_INTERVALS_MS[interval];
  if (fixed !== undefined) return `(${column} / ${fixed}) * ${fixed}`;
  if (interval === 'week') {
    return `((${column} - ${FIRST_MONDAY_MS}) / ${7 * DAY_MS}) * ${7 * DAY_MS} + ${FIRST_MONDAY_MS}`;
  }
  return `cairn_calendar_bucket(${column}, '${interval}')`;
}
