/**
 * SearchIndex in a SQLite file: the embedded default. The schema comes from the field catalog
 * (sqlite-schema.ts); searches run synchronously on the connection (better-sqlite3), each in
 * one read transaction so totals, hits and facets see the same data.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SearchIndex, SearchResult } from '../../../ports/search-index.js';
import { formatSearchDate } from '../../../search/search-dates.js';
import { toSearchDocument } from '../../../search/search-document.js';
import type { SearchPlan } from '../../../search/search-plan.js';
import { retentionCutoff } from '../../../search/weekly-index.js';
import { runAggregations } from './aggregation-queries.js';
import { createBatchedCrashWriter } from './batched-crash-writer.js';
import { createCrashWriter } from './crash-writer.js';
import { filterSql } from './filter-sql.js';
import { HitReader, orderBySql, type CrashRow } from './hit-reader.js';
import { registerSearchFunctions } from './sqlite-functions.js';
import { createSearchSchema } from './sqlite-schema.js';
import type { SqlFragment } from './sql-fragment.js';
import { TermDictionary } from './term-dictionary.js';

/** Where the index lives and how long it keeps crashes. */
export interface SqliteSearchIndexOptions {
  /** The database file (created with its directory when missing). */
  readonly file: string;
  /** Weeks of crashes kept; older weekly periods are not searched and retention deletes them. */
  readonly retentionWeeks: number;
}

/** Opens (creating when needed) the SQLite search index. */
export function createSqliteSearchIndex(options: SqliteSearchIndexOptions): SearchIndex {
  mkdirSync(path.dirname(options.file), { recursive: true });
  const database = new Database(options.file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  // Indexing touches the term and list b-trees all over; a large page cache keeps it fast.
  database.pragma('cache_size = -262144');
  database.pragma('temp_store = MEMORY');
  // Checkpoint every 8,192 log pages (32 MiB) instead of SQLite's 1,000: indexing rewrites the
  // same hot b-tree pages again and again, and a page is copied into the database once per
  // checkpoint however often it was logged (about a quarter less CPU per indexed crash).
  database.pragma('wal_autocheckpoint = 8192');
  registerSearchFunctions(database);
  createSearchSchema(database);
  const dictionary = new TermDictionary(database);
  const writeCrashes = createCrashWriter(database, dictionary);
  const writeCrash = createBatchedCrashWriter(writeCrashes);
  const hitReader = new HitReader(database, dictionary);
  const fieldIds = (name: string) => dictionary.fieldId(name);

  /** The search's condition: its date range, the retention window, and its filter. */
  function whereOf(plan: SearchPlan): SqlFragment {
    const { fromMs, fromInclusive, toMs, toInclusive } = plan.dateRange;
    const filter = filterSql(plan.filter, fieldIds);
    const earliest = Math.max(fromMs, retentionCutoff(plan.nowMs, options.retentionWeeks));
    const fromOperator = fromInclusive || earliest > fromMs ? '>=' : '>';
    return {
      sql: `crashes.f_date ${fromOperator} ? AND crashes.f_date ${toInclusive ? '<=' : '<'} ? AND ${filter.sql}`,
      parameters: [earliest, toMs, ...filter.parameters],
    };
  }

  function runSearch(plan: SearchPlan, statements?: SqlFragment[]): SearchResult {
    const where = whereOf(plan);
    const count = {
      sql: `SELECT count(*) AS n FROM crashes WHERE ${where.sql}`,
      parameters: where.parameters,
    };
    const page = {
      sql: `SELECT crashes.* FROM crashes WHERE ${where.sql} ORDER BY ${orderBySql(plan.sort, fieldIds)} LIMIT ? OFFSET ?`,
      parameters: [...where.parameters, plan.resultsNumber, plan.resultsOffset],
    };
    statements?.push(count, page);
    const total = (database.prepare(count.sql).get(...count.parameters) as { n: number }).n;
    const rows =
      plan.resultsNumber === 0
        ? []
        : (database.prepare(page.sql).all(...page.parameters) as CrashRow[]);
    const facets = runAggregations(
      {
        database,
        dictionary,
        fieldIds,
        where,
        facetsSize: plan.facetsSize,
        hasFilter: plan.filter !== null,
        ...(statements && { statements }),
      },
      plan.aggregations,
    );
    return { hits: hitReader.toHits(rows, plan.columns), total, facets, errors: [] };
  }

  const readTransaction = <T>(work: () => T): T => database.transaction(work).deferred();

  return {
    indexCrash: async (processedCrash) => writeCrash(toSearchDocument(processedCrash)),
    async indexCrashes(processedCrashes) {
      const documents = processedCrashes.map(toSearchDocument);
      writeCrashes(documents);
      return {
        indexed: documents.length,
        removedFields: Object.fromEntries(
          documents
            .filter((document) => document.droppedFields.length > 0)
            .map((document) => [document.uuid, document.droppedFields]),
        ),
      };
    },
    async getCrash(crashId) {
      const row = database.prepare('SELECT * FROM crashes WHERE uuid = ?').get(crashId) as
        CrashRow | undefined;
      return row && readTransaction(() => hitReader.toDocument(row));
    },
    async search(plan) {
      return readTransaction(() => runSearch(plan));
    },
    async describeSearch(plan) {
      const statements: SqlFragment[] = [];
      readTransaction(() => runSearch(plan, statements));
      return { query: { statements }, indices: [] };
    },
    async refresh() {},
    async applyRetention(now) {
      const cutoff = retentionCutoff(now.getTime(), options.retentionWeeks);
      const removedCrashes = database.transaction(() => {
        database
          .prepare(
            'DELETE FROM crash_list_values WHERE crash IN (SELECT id FROM crashes WHERE f_date < ?)',
          )
          .run(cutoff);
        return database.prepare('DELETE FROM crashes WHERE f_date < ?').run(cutoff).changes;
      })();
      return { cutoff: formatSearchDate(cutoff), removedIndices: [], removedCrashes };
    },
    async checkHealth() {
      database.prepare('SELECT 1 FROM crashes LIMIT 1').get();
    },
    async close() {
      // Refresh the query planner's statistics; cheap when they are up to date.
      database.pragma('optimize');
      database.close();
    },
  };
}
