/** A crash by id, its stacks, annotations and dumps; reprocessing and priority processing. */
import {
  CairnError,
  hasErrorCode,
  toSearchDocument,
  type ProcessedCrash,
  type RawCrash,
} from '@cairn/core';
import {
  Arg,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { isPublicAnnotation } from '../../redaction/redact-crash.js';
import { listDumpNames, readProcessedCrash, requireCrashId } from '../../services/crash-service.js';
import {
  parseReprocessingItems,
  reprocessCrashes,
  requestPriorityProcessing,
} from '../../services/processing-service.js';
import { toCrashFields } from '../catalog/crash-fields-type.js';
import type { ApiContext } from '../context.js';
import { Annotation, Crash, DumpLink } from './crash-type.js';
import { readModules, readThreads } from './read-json-dump.js';
import { LoadedModule, StackThread } from './stack-types.js';

/** What a priority-processing request did. */
export enum PriorityOutcomeName {
  QUEUED = 'queued',
  ALREADY_PROCESSED = 'already_processed',
}
registerEnumType(PriorityOutcomeName, { name: 'PriorityOutcome' });

async function loadOrNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (hasErrorCode(error, 'CRASH_NOT_FOUND')) return null;
    throw error;
  }
}

function catalogValues(processed: ProcessedCrash): ReadonlyMap<string, unknown> {
  try {
    return toSearchDocument(processed).values;
  } catch {
    return new Map();
  }
}

function annotationsOf(raw: RawCrash | null, isPublic: boolean): Annotation[] {
  return Object.entries(raw ?? {})
    .filter(([name]) => isPublicAnnotation(name) === isPublic)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => ({
      name,
      value: typeof value === 'string' ? value : JSON.stringify(value),
    }));
}

@Resolver(() => Crash)
export class CrashResolver {
  @Query(() => Crash, {
    nullable: true,
    description:
      'A crash by id: bare, bp- prefixed, or a report URL. Null when it was never collected.',
  })
  async crash(
    @Arg('id', () => String) id: string,
    @Ctx() context: ApiContext,
  ): Promise<Crash | null> {
    const crashId = requireCrashId(id);
    const [processed, raw] = await Promise.all([
      loadOrNull(() => readProcessedCrash(context.deps, context.caller, crashId)),
      loadOrNull(() => context.deps.storage.loadRawCrash(crashId)),
    ]);
    if (!processed && !raw) return null;
    return {
      crashId,
      isProcessed: processed !== null,
      fields: processed ? toCrashFields(catalogValues(processed)) : null,
      processed,
      raw,
    };
  }

  @FieldResolver(() => [String], { description: 'Notes the processor wrote, one per line.' })
  processorNotes(@Root() crash: Crash): string[] {
    const notes = crash.processed?.processor_notes;
    return typeof notes === 'string' ? notes.split('\n').filter((note) => note !== '') : [];
  }

  @FieldResolver(() => [StackThread], { description: 'Every thread with its frames.' })
  threads(@Root() crash: Crash): StackThread[] {
    return readThreads(crash.processed?.json_dump, crash.processed?.crashing_thread);
  }

  @FieldResolver(() => StackThread, { nullable: true })
  crashingThread(@Root() crash: Crash): StackThread | null {
    return this.threads(crash).find((thread) => thread.isCrashingThread) ?? null;
  }

  @FieldResolver(() => [LoadedModule])
  modules(@Root() crash: Crash): LoadedModule[] {
    return readModules(crash.processed?.json_dump, this.threads(crash));
  }

  @FieldResolver(() => [Annotation], { description: 'Annotations anyone may read.' })
  publicAnnotations(@Root() crash: Crash): Annotation[] {
    return annotationsOf(crash.raw, true);
  }

  @FieldResolver(() => [Annotation], {
    description: 'Annotations that may hold personal data (URL, comments…); needs view_pii.',
  })
  protectedAnnotations(@Root() crash: Crash): Annotation[] {
    return annotationsOf(crash.raw, false);
  }

  @FieldResolver(() => [DumpLink], { description: 'The crash’s dumps; needs view_rawdump.' })
  async dumps(@Root() crash: Crash, @Ctx() context: ApiContext): Promise<DumpLink[]> {
    const names = await listDumpNames(context.deps, crash.crashId);
    return names.map((name) => ({
      name,
      url: `/api/RawCrash/?${new URLSearchParams({ crash_id: crash.crashId, format: 'raw', name })}`,
    }));
  }

  @Mutation(() => Boolean, {
    description: 'Queues crashes for reprocessing (needs reprocess_crashes).',
  })
  async reprocessCrashes(
    @Arg('crashIds', () => [String]) crashIds: string[],
    @Arg('ruleset', () => String, {
      nullable: true,
      description: 'default or regenerate_signature',
    })
    ruleset: string | undefined,
    @Ctx() context: ApiContext,
  ): Promise<boolean> {
    if (crashIds.length > 1000)
      throw new CairnError('BAD_REQUEST', 'At most 1,000 crashes at once');
    const items = parseReprocessingItems(crashIds.map((id) => (ruleset ? `${id}:${ruleset}` : id)));
    await reprocessCrashes(context.deps, context.caller, items);
    return true;
  }

  @Mutation(() => PriorityOutcomeName, {
    description:
      'Asks for a collected but unprocessed crash to be processed first; once per crash per interval.',
  })
  async requestPriorityProcessing(
    @Arg('crashId', () => String) crashId: string,
    @Ctx() context: ApiContext,
  ): Promise<PriorityOutcomeName> {
    const outcome = await requestPriorityProcessing(
      context.deps,
      context.priorityLimiter,
      requireCrashId(crashId),
    );
    return outcome === 'queued'
      ? PriorityOutcomeName.QUEUED
      : PriorityOutcomeName.ALREADY_PROCESSED;
  }
}
