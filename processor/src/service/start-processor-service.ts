/**
 * Starts a whole processor from the configuration: the stack-walking threads, the signature
 * lists, the work loop and the health/metrics server on CAIRN_PROCESSOR_PORT. `cairn up` and
 * `cairn processor` call this; the adapters are created (and closed) by the caller.
 */
import {
  createMetricsRegistry,
  type AppDb,
  type CairnConfig,
  type Clock,
  type CrashQueue,
  type CrashStorage,
  type Logger,
  type SearchIndex,
  type TelemetryStorage,
} from '@cairn/core';
import { buildProcessorServer } from '../http/build-processor-server.js';
import { createProductVersionLookup } from '../pipeline/product-version-lookup.js';
import { loadSignatureLists } from '../signature/lists/load-signature-lists.js';
import { formatTelemetryJsonSchema } from '../telemetry/telemetry-json-schema.js';
import { createThreadPoolStackWalker } from '../stackwalk/thread-pool-stack-walker.js';
import { startProcessorWorker } from '../worker/processor-worker.js';

/** The ports and settings a processor runs with. */
export interface ProcessorServiceOptions {
  readonly config: CairnConfig;
  readonly storage: CrashStorage;
  readonly queue: CrashQueue;
  readonly searchIndex: SearchIndex;
  readonly appDb: AppDb;
  readonly telemetry?: TelemetryStorage;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** A running processor service. */
export interface ProcessorService {
  /** The health/metrics server's base URL. */
  readonly url: string;
  /** Stops the server, finishes in-flight crashes, stops the threads. */
  stop(): Promise<void>;
}

/**
 * Crashes processed at once for `threads` stack-walking threads: enough that every thread has
 * a dump to walk while other crashes wait on storage (each save is flushed to disk, which takes
 * milliseconds) or on the others of their index batch, without holding many crashes' dumps in
 * memory.
 */
export function processorConcurrency(threads: number): number {
  return 4 + threads * 8;
}

/** Starts the processor and its server; resolves once the server listens. */
export async function startProcessorService(
  options: ProcessorServiceOptions,
): Promise<ProcessorService> {
  const { config, logger } = options;
  await options.appDb.migrate();
  const signatureLists = await loadSignatureLists(config.siglistsDir);
  if (options.telemetry) {
    // The export's readers find its shape next to it; a failure here only delays that.
    await options.telemetry
      .saveTelemetrySchema(formatTelemetryJsonSchema())
      .catch((error: unknown) =>
        logger.warn({ err: error }, 'could not write the Telemetry schema'),
      );
  }
  const stackWalker = createThreadPoolStackWalker({
    threads: config.processor.workers,
    symbols: config.symbols,
  });
  const metrics = createMetricsRegistry('processor');
  const worker = startProcessorWorker({
    storage: options.storage,
    queue: options.queue,
    searchIndex: options.searchIndex,
    appDb: options.appDb,
    ...(options.telemetry && { telemetry: options.telemetry }),
    services: {
      stackWalker,
      signatureLists,
      productVersions: createProductVersionLookup(options.appDb),
    },
    clock: options.clock,
    logger,
    metrics,
    settings: {
      ruleset: config.processor.ruleset,
      crashTimeoutMs: config.processor.crashTimeoutMs,
      maxAttempts: config.processor.maxAttempts,
      concurrency: processorConcurrency(config.processor.workers),
    },
  });
  const server = buildProcessorServer({
    healthChecks: {
      storage: () => options.storage.checkHealth(),
      queue: () => options.queue.checkHealth(),
      search: () => options.searchIndex.checkHealth(),
      database: () => options.appDb.checkHealth(),
      ...(options.telemetry && { telemetry: () => options.telemetry!.checkHealth() }),
    },
    metrics,
    logger,
    ...(config.versionFile !== undefined && { versionFile: config.versionFile }),
  });
  try {
    await server.listen({ host: config.host, port: config.processor.port });
  } catch (error) {
    await worker.stop();
    await stackWalker.close();
    throw error;
  }
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.processor.port;
  return {
    url: `http://${config.host}:${port}/`,
    async stop() {
      await server.close();
      await worker.stop();
      await stackWalker.close();
    },
  };
}
