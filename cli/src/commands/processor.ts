/**
 * `cairn processor rules` and `cairn processor dead-letters`: subcommands of the `processor`
 * service command (registered by services.ts), for the rule reference and the crashes the
 * processor gave up on.
 */
import type { Command } from 'commander';
import { createAppDb } from '@cairn/core';
import { createDeadLetterStore, formatProcessorRulesMarkdown } from '@cairn/processor';
import { readConfigOrExit } from '../read-config.js';

interface DeadLettersOptions {
  readonly all?: boolean;
  readonly json?: boolean;
  readonly limit?: string;
}

/** Adds the subcommands to the `processor` command; registers it first when it is missing. */
export function registerProcessorCommands(program: Command): void {
  const processor =
    program.commands.find((command) => command.name() === 'processor') ??
    program.command('processor').description('The crash processor');
  processor
    .command('rules')
    .description('Print the processor rules, in order, as Markdown (docs/processor-rules.md)')
    .action(() => {
      process.stdout.write(formatProcessorRulesMarkdown());
    });
  processor
    .command('dead-letters')
    .description(
      'List the crashes the processor gave up on (oldest first); `cairn reprocess --dead-letters` queues them again',
    )
    .option('--all', 'include dead letters already queued again')
    .option('--json', 'print JSON lines instead of a table')
    .option('--limit <count>', 'print at most this many')
    .action(async (options: DeadLettersOptions) => {
      const limit = options.limit === undefined ? undefined : Number(options.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) {
        console.error(`cairn processor dead-letters: --limit must be a positive whole number`);
        process.exitCode = 2;
        return;
      }
      const appDb = createAppDb(readConfigOrExit());
      try {
        await appDb.migrate();
        const deadLetters = await createDeadLetterStore(appDb).list({
          includeRequeued: options.all === true,
          ...(limit !== undefined && { limit }),
        });
        if (options.json) {
          for (const deadLetter of deadLetters) console.log(JSON.stringify(deadLetter));
          return;
        }
        if (deadLetters.length === 0) {
          console.log('no dead letters');
          return;
        }
        console.log(
          ['failed at', 'work item', 'queue', 'reason', 'deliveries', 'requeued', 'error'].join(
            '\t',
          ),
        );
        for (const letter of deadLetters) {
          console.log(
            [
              letter.failed_at,
              letter.work_item,
              letter.queue,
              letter.reason,
              String(letter.receive_count),
              letter.requeued_at ?? '-',
              letter.error.replace(/\s+/g, ' ').slice(0, 200),
            ].join('\t'),
          );
        }
      } finally {
        await appDb.close();
      }
    });
}
