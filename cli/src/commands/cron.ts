/**
 * `cairn cron`: runs the scheduled jobs (api/src/cron, docs/cron.md) until stopped, or once
 * with `--once`; `cairn cron list` shows each job's schedule and state, `cairn cron run JOB
 * [--force]` runs one job now, `cairn cron reset JOB` makes a job run as if for the first time.
 * Several `cairn cron` processes may share one database: the jobs' locks keep each run single.
 */
import type { Command } from 'commander';
import {
  CRON_JOBS,
  formatJobScheduleTable,
  startCronService,
  type CronRunner,
  type JobOutcome,
  type JobStatus,
} from '@cairn/api';
import {
  CairnError,
  createAppDb,
  createCrashQueue,
  createCrashStorage,
  createLogger,
  createSearchIndex,
  type Logger,
} from '@cairn/core';
import { createConfiguredCronRunner } from '../create-cron-runner.js';
import { readConfigOrExit } from '../read-config.js';
import { stopOnSignals } from '../service-lifecycle.js';

/** What a subcommand gets besides the runner. */
interface RunnerContext {
  /** The jobs' logger (`service: cron`). */
  readonly logger: Logger;
  /** The process's logger, for start and stop messages. */
  readonly processLogger: Logger;
  readonly pollIntervalMs: number;
  /** How long stopping waits for the job in progress (CAIRN_SHUTDOWN_TIMEOUT_MS). */
  readonly shutdownTimeoutMs: number;
  /** Closes the stores; for a service that outlives its subcommand. */
  readonly closeStores: () => Promise<void>;
}

/**
 * Opens the stores, builds a runner and runs `use`; closes the stores after, unless `use`
 * answers `keep-open` (the long-running service closes them when it stops).
 */
async function withRunner(
  use: (runner: CronRunner, context: RunnerContext) => Promise<'keep-open' | void>,
): Promise<void> {
  const config = readConfigOrExit();
  const processLogger = createLogger({ level: config.logLevel });
  const logger = processLogger.child({ service: 'cron' });
  const stores = {
    appDb: createAppDb(config),
    storage: createCrashStorage(config),
    searchIndex: createSearchIndex(config),
    queue: createCrashQueue(config),
  };
  const closeStores = async () => {
    await Promise.all(Object.values(stores).map((store) => store.close()));
  };
  let kept: 'keep-open' | void = undefined;
  try {
    await stores.appDb.migrate();
    const runner = createConfiguredCronRunner(config, stores, logger);
    kept = await use(runner, {
      logger,
      processLogger,
      pollIntervalMs: config.cron.pollIntervalMs,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      closeStores,
    });
  } catch (error) {
    if (!(error instanceof CairnError)) throw error;
    console.error(`cairn cron: ${error.message}`);
    process.exitCode = 1;
  } finally {
    if (kept !== 'keep-open') await closeStores();
  }
}

const formatTime = (time: Date | undefined) => time?.toISOString() ?? '-';

function printOutcome(outcome: JobOutcome, status?: JobStatus): void {
  if (outcome.status === 'not_due') {
    // A job that never ran has no stored next run: it first runs at its time of day.
    const until =
      status?.nextRunAt === undefined && status?.timeOfDay !== undefined
        ? `its first run at ${status.timeOfDay} UTC`
        : formatTime(status?.nextRunAt);
    console.log(`${outcome.job}: not due until ${until}; add --force to run it now`);
  } else if (outcome.status === 'locked') {
    console.log(`${outcome.job}: another runner is running it`);
  }
  for (const run of outcome.runs) {
    const result = run.error === undefined ? `ok: ${run.summary}` : `failed: ${run.error}`;
    console.log(`${outcome.job} ${run.runTime.toISOString()} ${result}`);
  }
  if (outcome.status === 'lock_lost') {
    console.log(`${outcome.job}: stopped, its lock expired and another runner took it over`);
  }
  if (outcome.status === 'failed' || outcome.status === 'lock_lost') process.exitCode = 1;
}

function formatJobList(statuses: readonly JobStatus[]): string {
  const rows = statuses.map((status) => [
    status.name,
    `${status.frequency}${status.timeOfDay ? ` at ${status.timeOfDay}` : ''}${status.backfill ? ' backfill' : ''}`,
    formatTime(status.lastSuccessAt),
    formatTime(status.nextRunAt),
    String(status.errorCount),
    status.lockOwner ? `running on ${status.lockOwner}` : (status.lastError ?? ''),
  ]);
  const header = ['job', 'schedule (UTC)', 'last success', 'next run', 'errors', 'state'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Registers `cairn cron` and its subcommands. */
export function registerCronCommand(program: Command): void {
  const cron = program
    .command('cron')
    .description('Run the scheduled jobs (bug links, first signatures, retention…) until stopped')
    .option('--once', 'run the due jobs once and exit')
    .action((options: { once?: boolean }) =>
      withRunner(async (runner, context) => {
        if (options.once) {
          for (const outcome of await runner.runDueJobs()) {
            if (outcome.status !== 'not_due') printOutcome(outcome);
          }
          return;
        }
        const { logger, processLogger, pollIntervalMs } = context;
        const service = startCronService(runner, { intervalMs: pollIntervalMs, logger });
        logger.info({ owner: runner.owner, poll_interval_ms: pollIntervalMs }, 'cron started');
        stopOnSignals(
          [
            { name: 'stores', stop: context.closeStores },
            { name: 'cron', stop: () => service.stop() },
          ],
          processLogger,
          context.shutdownTimeoutMs,
        );
        return 'keep-open';
      }),
    );
  cron
    .command('list')
    .description("Show each job's schedule, last success, next run, errors and lock")
    .option('--json', 'print JSON')
    .option('--markdown', 'print the schedule table of docs/cron.md')
    .action((options: { json?: boolean; markdown?: boolean }) => {
      if (options.markdown) {
        console.log(formatJobScheduleTable(CRON_JOBS));
        return;
      }
      return withRunner(async (runner) => {
        const statuses = await runner.listJobs();
        console.log(options.json ? JSON.stringify(statuses, null, 2) : formatJobList(statuses));
      });
    });
  cron
    .command('run <job>')
    .description('Run one job now if it is due (every missed slot, for a backfill job)')
    .option('--force', 'run it even if it is not due')
    .action((job: string, options: { force?: boolean }) =>
      withRunner(async (runner) => {
        const outcome = await runner.runJob(job, { force: options.force ?? false });
        const status = (await runner.listJobs()).find((candidate) => candidate.name === job);
        printOutcome(outcome, status);
      }),
    );
  cron
    .command('reset <job>')
    .description("Forget a job's state and lock: it runs next as if for the first time")
    .action((job: string) =>
      withRunner(async (runner) => {
        await runner.resetJob(job);
        console.log(`${job}: reset; it runs next as if for the first time`);
      }),
    );
}
