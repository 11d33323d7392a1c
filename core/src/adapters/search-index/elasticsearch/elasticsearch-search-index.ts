/**
 * SearchIndex on Elasticsearch: weekly indices named from a prefix (research §6), mappings
 * generated from the field catalog, bulk indexing with the reference's value fixing and
 * removed-fields retry, retention by dropping whole indices, and indices that turn out to be
 * missing reported in `errors` as the reference does.
 */
import { Client, errors } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import { CairnError } from '../../../errors.js';
import type { SearchIndex, SearchIssue, SearchResult } from '../../../ports/search-index.js';
import { formatSearchDate } from '../../../search/search-dates.js';
import { toSearchDocument, type SearchDocument } from '../../../search/search-document.js';
import type { SearchPlan } from '../../../search/search-plan.js';
import { retentionCutoff } from '../../../search/weekly-index.js';
import { facetsFromResponse } from './aggregation-translation.js';
import { bulkIndex } from './bulk-indexer.js';
import { translateSearchError } from './search-errors.js';
import { documentSource, fieldsOfSource } from './document-source.js';
import { crashIndexMappings, crashIndexSettings } from './index-mapping.js';
import { IndexNames } from './index-names.js';
import { hitsFromResponse, searchRequestBody } from './search-request.js';

/** Where the cluster is and how the weekly indices are made. */
export interface ElasticsearchSearchIndexOptions {
  /** Cluster URL; credentials may be in it. */
  readonly url: string;
  readonly indexPrefix: string;
  readonly shards: number;
  readonly replicas: number;
  readonly retentionWeeks: number;
}

type Source = Record<string, unknown>;

/** Connects to Elasticsearch (lazily: nothing is sent until the first call). */
export function createElasticsearchSearchIndex(
  options: ElasticsearchSearchIndexOptions,
): SearchIndex {
  const client = new Client({ node: options.url });
  const names = new IndexNames(options.indexPrefix, options.retentionWeeks);
  const knownIndices = new Set<string>();

  /** Creates a week's index when missing; adds new catalog fields to an existing one. */
  async function ensureIndex(index: string): Promise<void> {
    if (knownIndices.has(index)) return;
    try {
      await client.indices.create({
        index,
        settings: crashIndexSettings(options.shards, options.replicas),
        mappings: crashIndexMappings(),
      });
    } catch (error) {
      if (!isErrorType(error, 'resource_already_exists_exception')) throw error;
      // Add fields the catalog gained since the index was made. A field whose type changed
      // cannot be remapped; its values are then refused and dropped by the bulk retry.
      await client.indices.putMapping({ index, ...crashIndexMappings() }).catch(() => undefined);
    }
    knownIndices.add(index);
  }

  async function indexDocuments(documents: readonly SearchDocument[]) {
    const indices = new Set(documents.map((document) => names.forDate(document.dateMs)));
    await Promise.all([...indices].map(ensureIndex));
    return bulkIndex(
      client,
      documents.map((document) => ({
        index: names.forDate(document.dateMs),
        id: document.uuid,
        source: documentSource(document),
      })),
    );
  }

  /** The weekly indices of the prefix that exist, with their crash counts. */
  async function listIndices(): Promise<{ index: string; count: number }[]> {
    const entries = (await client.cat.indices({
      index: names.wildcard,
      format: 'json',
      h: ['index', 'docs.count'],
    })) as { index?: string; 'docs.count'?: string }[];
    return entries
      .filter((entry) => entry.index !== undefined && names.owns(entry.index))
      .map((entry) => ({ index: entry.index!, count: Number(entry['docs.count'] ?? 0) }));
  }

  async function existingIndices(): Promise<string[]> {
    return (await listIndices()).map((entry) => entry.index);
  }

  async function runSearch(plan: SearchPlan): Promise<SearchResult> {
    const { fromMs, toMs } = plan.dateRange;
    let indices = names.forRange(fromMs, toMs, plan.nowMs);
    const issues: SearchIssue[] = [];
    const body = searchRequestBody(plan);
    for (;;) {
      if (indices.length === 0) return { hits: [], total: 0, facets: {}, errors: issues };
      try {
        const response = await client.search<Source, Record<string, unknown>>({
          index: indices,
          ...body,
        });
        const total = response.hits.total;
        return {
          hits: hitsFromResponse(plan, response.hits.hits),
          total: typeof total === 'number' ? total : (total?.value ?? 0),
          facets: facetsFromResponse(plan.aggregations, response.aggregations),
          errors: [...issues, ...shardIssues(response._shards)],
        };
      } catch (error) {
        const missing = missingIndex(error);
        if (missing === undefined || !indices.includes(missing)) throw translateSearchError(error);
        // Find every missing week at once rather than one failed search per week.
        const existing = new Set(await existingIndices());
        const absent = indices.filter((index) => index === missing || !existing.has(index));
        indices = indices.filter((index) => !absent.includes(index));
        issues.push(...absent.map((index) => ({ type: 'missing_index' as const, index })));
      }
    }
  }

  return {
    async indexCrash(processedCrash) {
      await indexDocuments([toSearchDocument(processedCrash)]);
    },
    async indexCrashes(processedCrashes) {
      const documents = processedCrashes.map(toSearchDocument);
      const removedByElasticsearch = await indexDocuments(documents);
      const removedFields: Record<string, string[]> = {};
      for (const document of documents) {
        const removed = [
          ...document.droppedFields,
          ...(removedByElasticsearch[document.uuid] ?? []),
        ];
        if (removed.length > 0) removedFields[document.uuid] = removed;
      }
      return { indexed: documents.length, removedFields };
    },
    async getCrash(crashId) {
      const response = await client.search<Source>({
        index: names.wildcard,
        query: { ids: { values: [crashId] } },
        size: 1,
        ignore_unavailable: true,
        allow_no_indices: true,
      });
      const source = response.hits.hits[0]?._source;
      return source === undefined ? undefined : fieldsOfSource(source);
    },
    search: runSearch,
    async describeSearch(plan) {
      const { fromMs, toMs } = plan.dateRange;
      return { query: searchRequestBody(plan), indices: names.forRange(fromMs, toMs, plan.nowMs) };
    },
    async refresh() {
      await client.indices.refresh({
        index: names.wildcard,
        allow_no_indices: true,
        ignore_unavailable: true,
      });
    },
    async applyRetention(now) {
      const expired = (await listIndices()).filter((entry) =>
        names.isExpired(entry.index, now.getTime()),
      );
      for (const { index } of expired) {
        await client.indices.delete({ index });
        knownIndices.delete(index);
      }
      return {
        cutoff: formatSearchDate(retentionCutoff(now.getTime(), options.retentionWeeks)),
        removedIndices: expired.map((entry) => entry.index),
        removedCrashes: expired.reduce((sum, entry) => sum + entry.count, 0),
      };
    },
    async checkHealth() {
      const health = await client.cluster.health({ timeout: '5s' }).catch((error: unknown) => {
        throw new CairnError('SEARCH_UNAVAILABLE', 'Elasticsearch is unreachable', {
          cause: error,
        });
      });
      if (health.status === 'red') {
        throw new CairnError('SEARCH_UNAVAILABLE', 'Elasticsearch cluster health is red');
      }
    },
    async close() {
      await client.close();
    },
  };
}

function isErrorType(error: unknown, type: string): boolean {
  return error instanceof errors.ResponseError && error.body?.error?.type === type;
}

/** The index a "no such index" error names. */
function missingIndex(error: unknown): string | undefined {
  if (!isErrorType(error, 'index_not_found_exception')) return undefined;
  const cause = (error as errors.ResponseError).body.error as { index?: string };
  return cause.index;
}

/** Failed shards per index, as the reference reports them. */
function shardIssues(shards: estypes.ShardStatistics): SearchIssue[] {
  const byIndex = new Map<string, number>();
  for (const failure of shards.failures ?? []) {
    const index = failure.index ?? 'unknown';
    byIndex.set(index, (byIndex.get(index) ?? 0) + 1);
  }
  return [...byIndex].map(([index, count]) => ({ type: 'shards', index, shards_count: count }));
}
