/**
 * StackWalker: turns one minidump into the `json_dump` the rules read (rust-minidump's
 * `minidump-stackwalk --json` output, produced in-process by @cairn/minidump). Two
 * implementations: in the calling thread (tests, tools) and a pool of worker threads (the
 * processor), which can stop a walk that runs past its time limit.
 */

/** How a walk ended. */
export type StackwalkOutcome =
  /**
   * The dump was read; `json` is the stack walker's document and `jsonText`, when the walker
   * has it, `JSON.stringify(json)`.
   */
  | { readonly kind: 'walked'; readonly json: Record<string, unknown>; readonly jsonText?: string }
  /** The stack walker refused the dump (`kind`: MissingThreadList, HeaderMismatch…). */
  | { readonly kind: 'refused'; readonly reason: string; readonly message: string }
  /** The walk ran past its time limit and was stopped. */
  | { readonly kind: 'timed-out' }
  /** The walker failed unexpectedly (a bug); `errorName` is the error's class. */
  | { readonly kind: 'crashed'; readonly errorName: string; readonly message: string };

/** Walks minidumps. */
export interface StackWalker {
  /** The stack walker's name and version, stored as `stackwalk_version`. */
  readonly version: string;
  /** Walks one dump; resolves with the outcome, never rejects for a bad dump. */
  walk(dump: Uint8Array, options: { readonly timeoutMs: number }): Promise<StackwalkOutcome>;
  /** Stops the walker's threads. */
  close(): Promise<void>;
}
