/**
 * Runs long-lived services until SIGTERM or SIGINT, then stops them in reverse order of start,
 * letting each finish its in-flight work (bounded by CAIRN_SHUTDOWN_TIMEOUT_MS).
 */
import type { Logger } from '@cairn/core';

/** Something started that must be stopped cleanly. */
export interface RunningService {
  readonly name: string;
  stop(): Promise<void>;
}

/** Waits for a stop signal, then stops every service; exits the process when done. */
export function stopOnSignals(
  services: readonly RunningService[],
  logger: Logger,
  timeoutMs: number,
): void {
  let stopping = false;
  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing in-flight work');
    const timer = setTimeout(() => {
      logger.error({ timeout_ms: timeoutMs }, 'in-flight work did not finish in time; exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    let failed = false;
    for (const service of [...services].reverse()) {
      try {
        await service.stop();
        logger.info({ service: service.name }, 'stopped');
      } catch (error) {
        failed = true;
        logger.error({ service: service.name, err: error }, 'stopping failed');
      }
    }
    logger.flush(() => process.exit(failed ? 1 : 0));
  };
  process.once('SIGTERM', () => void stopAll('SIGTERM'));
  process.once('SIGINT', () => void stopAll('SIGINT'));
}
