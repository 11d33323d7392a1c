/** Resolves crash reports by id. */
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { hasErrorCode, parseCrashIdReference } from '@cairn/core';
import type { ApiContext } from '../context.js';
import { Crash } from './crash-type.js';

@Resolver(() => Crash)
export class CrashResolver {
  @Query(() => Crash, {
    nullable: true,
    description:
      'A crash by id: bare, bp- prefixed, or a report URL. Null when it is not (yet) processed.',
  })
  async crash(
    @Arg('id', () => String) id: string,
    @Ctx() context: ApiContext,
  ): Promise<Crash | null> {
    const crashId = parseCrashIdReference(id);
    if (!crashId) return null;
    try {
      const processed = await context.storage.loadProcessedCrash(crashId);
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      return {
        crashId,
        product: text(processed.product),
        version: text(processed.version),
        dateProcessed: text(processed.date_processed),
      };
    } catch (error) {
      if (hasErrorCode(error, 'CRASH_NOT_FOUND')) return null;
      throw error;
    }
  }
}
