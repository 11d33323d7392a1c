/** The `search` query: thin over the shared search service. */
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { searchCrashStatsStrictly, searchCrashes } from '../../services/search-service.js';
import type { ApiContext } from '../context.js';
import { CrashStatsQueryInput, SearchInput, toSearchQuery } from './search-input.js';
import { SearchResultType, toSearchResultType } from './search-result-type.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultType, {
    description:
      'Super Search: filters on catalog fields with AND / OR / NOT groups, columns, sort, pages, facets, nested aggregations, histograms and distinct counts. Protected fields need their permission.',
  })
  async search(
    @Arg('query', () => SearchInput, { defaultValue: {} }) query: SearchInput,
    @Ctx() context: ApiContext,
  ): Promise<SearchResultType> {
    context.checkSearchRate();
    const answer = await searchCrashes(context.deps, context.caller, toSearchQuery(query));
    return toSearchResultType(answer.result, answer.crashStatsQuery);
  }

  @Query(() => SearchResultType, {
    description:
      'Runs a saved Crash Stats search URL’s query string as it is (the reference’s parameters and combination rules). Protected fields need their permission.',
  })
  async searchCrashStatsQuery(
    @Arg('query', () => CrashStatsQueryInput) query: CrashStatsQueryInput,
    @Ctx() context: ApiContext,
  ): Promise<SearchResultType> {
    context.checkSearchRate();
    const answer = await searchCrashStatsStrictly(
      context.deps,
      context.caller,
      new URLSearchParams(query.queryString.replace(/^\?/, '')),
    );
    return toSearchResultType(answer.result, answer.crashStatsQuery);
  }
}
