import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AGGREGATION_DEPTH, buildSearchQuery } from '../../../src/pages/search/build-search-query';
import { FIXTURE_CATALOG } from '../../fixtures/catalog';

describe('buildSearchQuery', () => {
  it('asks the hits for the chosen columns by their GraphQL names, each once', () => {
    const columns = ['signature', 'build_id', 'signature'].map((name) =>
      FIXTURE_CATALOG.get(name)!,
    );
    const query = buildSearchQuery(columns);
    expect(() => parse(query)).not.toThrow();
    expect(query).toContain('hits { signature buildId }');
  });

  it('selects nested aggregations to the documented depth', () => {
    const query = buildSearchQuery([]);
    expect(() => parse(query)).not.toThrow();
    expect(query.match(/buckets \{/g)).toHaveLength(AGGREGATION_DEPTH);
  });
});
