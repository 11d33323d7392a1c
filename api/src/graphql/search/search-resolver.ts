/** The `search` query: thin over the shared search service. */
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { searchCrashes } from '../../services/search-service.js';
import type { ApiContext } from '../context.js';
import { SearchInput, toSearchQuery } from './search-input.js';
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
    const answer = await searchCrashes(context.deps, context.caller, toSearchQuery(query));
    return toSearchResultType(answer.result, answer.crashStatsQuery);
  }
}
