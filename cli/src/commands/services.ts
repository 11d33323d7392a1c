/** `cairn up | collector | processor | api`: the long-running services. */
import type { Command } from 'commander';
import { createLogger } from '@cairn/core';
import { readConfigOrExit } from '../read-config.js';
import { stopOnSignals } from '../service-lifecycle.js';
import type { ServiceName } from '../start-services.js';

async function runServices(names: readonly ServiceName[]): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger({ level: config.logLevel });
  // Loaded on demand: the services pull in every package, which other commands do not need.
  const { startServices } = await import('../start-services.js');
  const running = await startServices(names, config, logger);
  stopOnSignals(running, logger, config.shutdownTimeoutMs);
}

/** Registers the service commands. */
export function registerServiceCommands(program: Command): void {
  program
    .command('up')
    .description(
      'Run collector, processor, API and scheduled jobs in one process (embedded adapters by default)',
    )
    .action(() => runServices(['collector', 'processor', 'api', 'cron']));
  program
    .command('collector')
    .description('Run the collector alone (crash reporters POST to /submit)')
    .action(() => runServices(['collector']));
  program
    .command('processor')
    .description('Run a processor alone (takes crashes from the queues)')
    .action(() => runServices(['processor']));
  program
    .command('api')
    .description('Run the GraphQL API and web app alone')
    .action(() => runServices(['api']));
}
