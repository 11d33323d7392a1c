/** Bugs for signatures and signatures for bugs. */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { bugsForSignatures, signaturesForBugs } from '../../services/bug-service.js';
import type { ApiContext } from '../context.js';
import { BugLink } from '../signature/signature-resolver.js';

@Resolver()
export class BugsResolver {
  @Query(() => [BugLink], {
    description: 'Bugs linked to any of the signatures, with those bugs’ other signatures.',
  })
  async bugsForSignatures(
    @Arg('signatures', () => [String]) signatures: string[],
    @Ctx() context: ApiContext,
  ): Promise<BugLink[]> {
    return [...(await bugsForSignatures(context.deps, signatures)).hits];
  }

  @Query(() => [BugLink], { description: 'Signatures linked to the bugs.' })
  async signaturesForBugs(
    @Arg('bugIds', () => [Int]) bugIds: number[],
    @Ctx() context: ApiContext,
  ): Promise<BugLink[]> {
    return [...(await signaturesForBugs(context.deps, bugIds)).hits];
  }
}
