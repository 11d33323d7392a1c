/** Starts Cairn's services on the ports the configuration names. */
import { fileURLToPath } from 'node:url';
import { buildApi, startCronService } from '@cairn/api';
import { buildCollector, loadThrottleRuleSet } from '@cairn/collector';
import {
  createAppDb,
  createCrashQueue,
  createCrashStorage,
  createSearchIndex,
  createTelemetryStorage,
  systemClock,
  type CairnConfig,
  type Logger,
} from '@cairn/core';
import { startProcessorService } from '@cairn/processor';
import { createConfiguredCronRunner } from './create-cron-runner.js';
import type { RunningService } from './service-lifecycle.js';

/** Which services to run in this process. */
export type ServiceName = 'collector' | 'processor' | 'api' | 'cron';

const SPA_DIRECTORY = fileURLToPath(new URL('../../frontend/dist/', import.meta.url));

/** Starts the named services and returns them, ready to be stopped. */
export async function startServices(
  names: readonly ServiceName[],
  config: CairnConfig,
  logger: Logger,
): Promise<RunningService[]> {
  const running: RunningService[] = [];
  const closers: (() => Promise<void>)[] = [];
  const once = <T extends { close(): Promise<void> }>(make: () => T) => {
    let made: T | undefined;
    return () => {
      if (!made) {
        made = make();
        closers.push(() => made!.close());
      }
      return made;
    };
  };
  const storage = once(() => createCrashStorage(config));
  const queue = once(() => createCrashQueue(config));
  const searchIndex = once(() => createSearchIndex(config));
  const appDb = once(() => createAppDb(config));

  if (names.includes('processor')) {
    const telemetry = createTelemetryStorage(config);
    if (telemetry) closers.push(() => telemetry.close());
    const processor = await startProcessorService({
      config,
      storage: storage(),
      queue: queue(),
      searchIndex: searchIndex(),
      appDb: appDb(),
      ...(telemetry && { telemetry }),
      clock: systemClock,
      logger: logger.child({ service: 'processor' }),
    });
    running.push({ name: 'processor', stop: () => processor.stop() });
    logger.info({ service: 'processor', url: processor.url }, 'processor started');
  }
  if (names.includes('api')) {
    const database = appDb();
    await database.migrate();
    const app = await buildApi({
      storage: storage(),
      searchIndex: searchIndex(),
      appDb: database,
      queue: queue(),
      clock: systemClock,
      config: config.api,
      logger: logger.child({ service: 'api' }),
      staticDir: SPA_DIRECTORY,
    });
    await app.listen({ host: config.host, port: config.apiPort });
    running.push({ name: 'api', stop: () => app.close() });
    logger.info(
      { service: 'api', url: `http://${config.host}:${config.apiPort}/` },
      'api listening',
    );
  }
  if (names.includes('collector')) {
    const app = buildCollector({
      storage: storage(),
      queue: queue(),
      clock: systemClock,
      logger: logger.child({ service: 'collector' }),
      config: config.collector,
      ruleSet: await loadThrottleRuleSet(config.collector.throttleRules),
      ...(config.versionFile ? { versionFile: config.versionFile } : {}),
    });
    await app.listen({ host: config.host, port: config.collectorPort });
    running.push({ name: 'collector', stop: () => app.close() });
    logger.info(
      { service: 'collector', url: `http://${config.host}:${config.collectorPort}/submit` },
      'collector listening',
    );
  }
  if (names.includes('cron')) {
    const database = appDb();
    await database.migrate();
    const cronLogger = logger.child({ service: 'cron' });
    const runner = createConfiguredCronRunner(
      config,
      { appDb: database, storage: storage(), searchIndex: searchIndex(), queue: queue() },
      cronLogger,
    );
    const cron = startCronService(runner, {
      intervalMs: config.cron.pollIntervalMs,
      logger: cronLogger,
    });
    running.push({ name: 'cron', stop: () => cron.stop() });
    logger.info({ service: 'cron', owner: runner.owner }, 'cron started');
  }
  // Stopped first in reverse order, so the adapters close after every service is done with them.
  running.unshift({
    name: 'adapters',
    stop: async () => void (await Promise.all(closers.map((close) => close()))),
  });
  return running;
}
