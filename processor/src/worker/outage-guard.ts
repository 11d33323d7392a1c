/**
 * Tells a dependency outage from a crash's own failure, and waits outages out. When a call to a
 * dependency fails, its health check decides: a healthy dependency means the failure belongs
 * to this crash (it counts toward the dead-letter limit); an unhealthy one means an outage,
 * during which the call is retried with growing pauses until the dependency is back, without
 * spending the crash's attempts, and the worker takes no new work. Every destination is
 * written idempotently (same key, same document), so retrying a call is safe.
 */
import type { Logger } from '@cairn/core';
import type { ProcessorMetrics } from './processor-metrics.js';

/** A dependency the processor calls. */
export type DependencyName = 'storage' | 'queue' | 'search' | 'telemetry' | 'database';

/** Raised instead of waiting further when the worker is stopping during an outage. */
export class StoppedDuringOutageError extends Error {
  override name = 'StoppedDuringOutageError';
  constructor(readonly dependency: DependencyName) {
    super(`stopped while ${dependency} was unavailable`);
  }
}

/** Options of the guard. */
export interface OutageGuardOptions {
  readonly healthChecks: Readonly<Partial<Record<DependencyName, () => Promise<void>>>>;
  readonly logger: Logger;
  readonly metrics: ProcessorMetrics;
  /** Pauses between health checks during an outage. @defaultValue 250 ms doubling to 10 s */
  readonly firstPauseMs?: number;
  readonly maxPauseMs?: number;
  /** How long one health check may take. @defaultValue 5000 ms */
  readonly healthCheckTimeoutMs?: number;
  /**
   * How long one call may take before it counts as failed (a connection that never answers
   * would otherwise hold the crash forever). @defaultValue 60000 ms
   */
  readonly callTimeoutMs?: number;
}

/** A dependency call that did not answer in time. */
export class DependencyTimeoutError extends Error {
  override name = 'DependencyTimeoutError';
  constructor(
    readonly dependency: DependencyName,
    readonly timeoutMs: number,
  ) {
    super(`${dependency} did not answer within ${timeoutMs} ms`);
  }
}

/** Runs dependency calls through outage detection. */
export interface OutageGuard {
  /** Runs `call`; rethrows its error unless `dependency` is down, in which case it waits and retries. */
  call<T>(dependency: DependencyName, call: () => Promise<T>): Promise<T>;
  /** Whether some dependency is known to be down. */
  isAnyDown(): boolean;
  /** Resolves when no dependency is known to be down (or the guard is stopped). */
  whenAllUp(): Promise<void>;
  /** Ends every wait: pending calls reject with StoppedDuringOutageError. */
  stop(): void;
}

/** Creates the guard. */
export function createOutageGuard(options: OutageGuardOptions): OutageGuard {
  const firstPauseMs = options.firstPauseMs ?? 250;
  const maxPauseMs = options.maxPauseMs ?? 10_000;
  const timeoutMs = options.healthCheckTimeoutMs ?? 5000;
  const callTimeoutMs = options.callTimeoutMs ?? 60_000;
  const down = new Set<DependencyName>();
  const stopController = new AbortController();
  let allUpWaiters: (() => void)[] = [];
  for (const name of Object.keys(options.healthChecks) as DependencyName[]) {
    options.metrics.dependencyUp.set({ dependency: name }, 1);
  }

  async function isHealthy(dependency: DependencyName): Promise<boolean> {
    const check = options.healthChecks[dependency];
    if (!check) return true;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        check(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('health check timed out')), timeoutMs);
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  function setDown(dependency: DependencyName, error: unknown): void {
    if (down.has(dependency)) return;
    down.add(dependency);
    options.metrics.dependencyUp.set({ dependency }, 0);
    options.logger.error({ dependency, err: error }, 'dependency unavailable; waiting for it');
  }

  function setUp(dependency: DependencyName): void {
    if (!down.delete(dependency)) return;
    options.metrics.dependencyUp.set({ dependency }, 1);
    options.logger.info({ dependency }, 'dependency available again');
    if (down.size === 0) {
      for (const resolve of allUpWaiters) resolve();
      allUpWaiters = [];
    }
  }

  async function pause(ms: number, dependency: DependencyName): Promise<void> {
    if (stopController.signal.aborted) throw new StoppedDuringOutageError(dependency);
    await new Promise<void>((resolve) => {
      const onAbort = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        stopController.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      stopController.signal.addEventListener('abort', onAbort, { once: true });
    });
    if (stopController.signal.aborted) throw new StoppedDuringOutageError(dependency);
  }

  return {
    async call(dependency, call) {
      let pauseMs = firstPauseMs;
      for (;;) {
        try {
          const result = await withCallTimeout(dependency, call(), callTimeoutMs);
          setUp(dependency);
          return result;
        } catch (error) {
          if (await isHealthy(dependency)) throw error;
          setDown(dependency, error);
          while (!(await isHealthy(dependency))) {
            await pause(pauseMs, dependency);
            pauseMs = Math.min(pauseMs * 2, maxPauseMs);
          }
          setUp(dependency);
        }
      }
    },
    isAnyDown: () => down.size > 0,
    whenAllUp() {
      if (down.size === 0 || stopController.signal.aborted) return Promise.resolve();
      return new Promise((resolve) => allUpWaiters.push(resolve));
    },
    stop() {
      stopController.abort();
      for (const resolve of allUpWaiters) resolve();
      allUpWaiters = [];
    },
  };
}

/** `pending`, or a DependencyTimeoutError when it takes longer than `timeoutMs`. */
function withCallTimeout<T>(
  dependency: DependencyName,
  pending: Promise<T>,
  timeoutMs: number,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DependencyTimeoutError(dependency, timeoutMs)), timeoutMs);
  });
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}
