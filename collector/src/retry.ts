/**
 * Retrying with a list of waits, as the reference's retry helper does: call, and on a
 * failure (an exception, or a result the caller calls retryable) wait the next time from the
 * list and call again; when the list runs out, give up with MaxAttemptsError. Sleeping is
 * injected so tests do not wait.
 */

/** Waits a number of milliseconds. */
export type Sleep = (ms: number) => Promise<void>;

/** Every attempt failed; `lastError` is the last exception, if the last failure threw. */
export class MaxAttemptsError extends Error {
  constructor(
    readonly attempts: number,
    readonly lastError?: unknown,
  ) {
    super(`gave up after ${attempts} attempts`, { cause: lastError });
    this.name = 'MaxAttemptsError';
  }
}

/** How to retry. */
export interface RetryOptions<T> {
  /** Milliseconds to wait before each retry; its length is the number of retries. */
  readonly waitsMs: readonly number[];
  readonly sleep: Sleep;
  /** A result that should be retried like an exception. @defaultValue none */
  readonly isRetryableResult?: (result: T) => boolean;
  /** Called after each failed attempt, counting from 0, before any wait. */
  readonly onFailure?: (attempt: number, error: unknown) => void;
}

/** Calls `action` until it succeeds or the waits run out. */
export async function retry<T>(action: () => Promise<T>, options: RetryOptions<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let failure: { error?: unknown };
    try {
      const result = await action();
      if (!options.isRetryableResult?.(result)) return result;
      failure = {};
    } catch (error) {
      failure = { error };
    }
    options.onFailure?.(attempt, failure.error);
    const wait = options.waitsMs[attempt];
    if (wait === undefined) throw new MaxAttemptsError(attempt + 1, failure.error);
    await options.sleep(wait);
  }
}

/** The reference's crash-mover policy: `attempts` tries with the same wait between them. */
export function evenWaits(attempts: number, waitMs: number): number[] {
  return Array.from({ length: Math.max(0, attempts - 1) }, () => waitMs);
}
