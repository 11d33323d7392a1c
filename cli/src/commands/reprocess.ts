/** `cairn reprocess`: queue crashes for processing again (by id, by Super Search query, or the dead letters). */
import type { Command } from 'commander';
import {
  createAppDb,
  createCrashQueue,
  createSearchIndex,
  parseCrashIdReference,
  SearchParameterError,
  systemClock,
  type WorkItem,
} from '@cairn/core';
import { createDeadLetterStore, resolveRuleSet } from '@cairn/processor';
import { startProgressBar } from '../progress-bar.js';
import { readConfigOrExit } from '../read-config.js';
import {
  findCrashIdsByQuery,
  publishForReprocessing,
  ReprocessInputError,
} from '../reprocess-crashes.js';

interface ReprocessOptions {
  readonly query?: string;
  readonly deadLetters?: boolean;
  readonly ruleset?: string;
  readonly dryRun?: boolean;
}

/** Registers `cairn reprocess`. */
export function registerReprocessCommand(program: Command): void {
  program
    .command('reprocess')
    .description(
      'Queue crashes on the reprocessing queue: the given ids, every crash a Super Search query ' +
        'matches (--query), or the processor dead letters (--dead-letters)',
    )
    .argument('[crash-ids...]', 'crash ids (bare, bp-<id> or a report URL)')
    .option(
      '--query <query-string>',
      'a Crash Stats Super Search query string, e.g. "product=Firefox&signature=~OOM&date=>=2024-05-01"',
    )
    .option('--dead-letters', 'queue every dead letter again and mark it requeued')
    .option('--ruleset <name>', 'rule set to run: default or regenerate_signature')
    .option('--dry-run', 'only count the crashes that would be queued')
    .action(async (crashIds: string[], options: ReprocessOptions) => {
      try {
        await reprocess(crashIds, options);
      } catch (error) {
        if (!(error instanceof ReprocessInputError || error instanceof SearchParameterError)) {
          throw error;
        }
        console.error(`cairn reprocess: ${error.message}`);
        process.exitCode = 2;
      }
    });
}

async function reprocess(crashIds: readonly string[], options: ReprocessOptions): Promise<void> {
  const sources = [crashIds.length > 0, options.query !== undefined, options.deadLetters === true];
  if (sources.filter(Boolean).length !== 1) {
    throw new ReprocessInputError(
      'give crash ids, --query or --dead-letters (exactly one of them)',
    );
  }
  const ruleset = options.ruleset;
  if (ruleset !== undefined && (ruleset === 'mozilla' || !resolveRuleSet(ruleset, 'default'))) {
    throw new ReprocessInputError(
      `unknown rule set ${JSON.stringify(ruleset)}; use default or regenerate_signature`,
    );
  }
  const toItem = (crashId: string): WorkItem => (ruleset ? { crashId, ruleset } : { crashId });
  const config = readConfigOrExit();
  const queue = createCrashQueue(config);
  try {
    if (options.deadLetters) {
      await reprocessDeadLetters(config, queue, options.dryRun === true);
      return;
    }
    if (options.query !== undefined) {
      const searchIndex = createSearchIndex(config);
      try {
        const found = await findCrashIdsByQuery(searchIndex, options.query, systemClock.now());
        if (options.dryRun) {
          console.log(`${found.total} crashes match; none queued (dry run)`);
          return;
        }
        const progress = startProgressBar('queueing', found.total);
        const published = await publishForReprocessing(
          queue,
          mapAsync(found.crashIds(), toItem),
          (count) => progress.update(count),
        );
        progress.finish();
        console.log(`queued ${published} crashes for reprocessing`);
      } finally {
        await searchIndex.close();
      }
      return;
    }
    const items = crashIds.map((text) => {
      const crashId = parseCrashIdReference(text);
      if (!crashId) throw new ReprocessInputError(`not a crash id: ${JSON.stringify(text)}`);
      return toItem(crashId);
    });
    if (options.dryRun) {
      console.log(`${items.length} crashes given; none queued (dry run)`);
      return;
    }
    const published = await publishForReprocessing(queue, items);
    console.log(`queued ${published} crashes for reprocessing`);
  } finally {
    await queue.close();
  }
}

async function reprocessDeadLetters(
  config: ReturnType<typeof readConfigOrExit>,
  queue: ReturnType<typeof createCrashQueue>,
  dryRun: boolean,
): Promise<void> {
  const appDb = createAppDb(config);
  try {
    await appDb.migrate();
    const store = createDeadLetterStore(appDb);
    const deadLetters = await store.list();
    if (dryRun) {
      console.log(`${deadLetters.length} dead letters waiting; none queued (dry run)`);
      return;
    }
    const items = deadLetters.map((deadLetter) => ({
      crashId: deadLetter.crash_id,
      ...(deadLetter.ruleset !== null && { ruleset: deadLetter.ruleset }),
    }));
    const published = await publishForReprocessing(queue, items);
    await store.markRequeued(
      deadLetters.map((deadLetter) => deadLetter.work_item),
      systemClock.now().toISOString(),
    );
    console.log(`queued ${published} dead letters for reprocessing`);
  } finally {
    await appDb.close();
  }
}

async function* mapAsync<T, U>(items: AsyncIterable<T>, map: (item: T) => U): AsyncIterable<U> {
  for await (const item of items) yield map(item);
}
