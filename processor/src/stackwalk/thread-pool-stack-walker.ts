/**
 * A StackWalker backed by a pool of worker threads, one walk per thread at a time, so walking
 * uses every core while the main thread keeps doing I/O. A walk that runs past its time limit
 * is stopped by terminating its thread (the reference kills its stack-walker process), and a
 * thread that dies (out of memory, a crash in the walker) is replaced; either way the caller
 * gets an outcome, never a hang.
 */
import type { Worker } from 'node:worker_threads';
import { STACKWALK_VERSION } from './in-thread-stack-walker.js';
import type { StackwalkRequest, StackwalkResponse } from './stackwalk-thread.js';
import type { StackWalker, StackwalkOutcome } from './stack-walker.js';
import { startModuleWorker } from './start-module-worker.js';
import type { SymbolSettings } from './symbol-supplier-options.js';

/** Options of the pool. */
export interface ThreadPoolOptions {
  /** Worker threads. */
  readonly threads: number;
  readonly symbols: SymbolSettings;
  /** Heap limit of each thread; a dump that needs more ends its walk. @defaultValue 2048 MiB */
  readonly maxHeapMb?: number;
}

interface Job {
  readonly id: number;
  readonly dump: Uint8Array;
  readonly timeoutMs: number;
  readonly resolve: (outcome: StackwalkOutcome) => void;
}

interface PoolThread {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

const THREAD_MODULE = new URL(
  `./stackwalk-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/**
 * The young generation of each thread, as large as the main thread's by default. Left to
 * Node's default, a walking thread's young space stayed near 1 MB and the thread ran about
 * 100 scavenges per 760 crashes (58 ms); with room to grow, 18–35 (28–33 ms).
 */
const YOUNG_GENERATION_MB = 48;

/** Starts the pool's threads. */
export function createThreadPoolStackWalker(options: ThreadPoolOptions): StackWalker {
  const waiting: Job[] = [];
  const threads: PoolThread[] = [];
  let nextId = 1;
  let closed = false;

  function finish(thread: PoolThread, outcome: StackwalkOutcome): void {
    const job = thread.job;
    clearTimeout(thread.timer);
    thread.job = undefined;
    thread.timer = undefined;
    job?.resolve(outcome);
  }

  function spawn(): PoolThread {
    const thread: PoolThread = {
      worker: startModuleWorker(THREAD_MODULE, {
        workerData: options.symbols,
        resourceLimits: {
          maxOldGenerationSizeMb: options.maxHeapMb ?? 2048,
          maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
        },
      }),
    };
    thread.worker.on('message', (response: StackwalkResponse) => {
      if (thread.job?.id !== response.id) return;
      const outcome = response.outcome;
      finish(
        thread,
        outcome.kind === 'walked-text'
          ? {
              kind: 'walked',
              json: JSON.parse(outcome.jsonText) as Record<string, unknown>,
              jsonText: outcome.jsonText,
            }
          : outcome,
      );
      dispatch();
    });
    thread.worker.on('error', (error) => {
      finish(thread, { kind: 'crashed', errorName: error.name, message: error.message });
    });
    thread.worker.on('exit', () => {
      finish(thread, {
        kind: 'crashed',
        errorName: 'WorkerExit',
        message: 'the stack-walking thread stopped',
      });
      replace(thread);
    });
    thread.worker.unref();
    return thread;
  }

  function replace(thread: PoolThread): void {
    const index = threads.indexOf(thread);
    if (index < 0 || closed) return;
    threads[index] = spawn();
    dispatch();
  }

  /** Replaces a thread with a fresh one and stops it (a walk past its limit). */
  function retire(thread: PoolThread): void {
    replace(thread);
    void thread.worker.terminate();
  }

  function dispatch(): void {
    for (const thread of threads) {
      if (thread.job || waiting.length === 0) continue;
      const job = waiting.shift()!;
      thread.job = job;
      thread.timer = setTimeout(() => {
        // Take the thread out of the pool before answering, so no new walk lands on it.
        retire(thread);
        finish(thread, { kind: 'timed-out' });
      }, job.timeoutMs);
      const request: StackwalkRequest = { id: job.id, dump: job.dump };
      thread.worker.postMessage(request);
    }
  }

  for (let index = 0; index < Math.max(1, options.threads); index++) threads.push(spawn());

  return {
    version: STACKWALK_VERSION,
    walk(dump, { timeoutMs }) {
      if (closed) {
        return Promise.resolve({
          kind: 'crashed',
          errorName: 'StackWalkerClosed',
          message: 'the stack walker is closed',
        });
      }
      return new Promise<StackwalkOutcome>((resolve) => {
        waiting.push({ id: nextId++, dump, timeoutMs: Math.max(1, timeoutMs), resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) {
        job.resolve({
          kind: 'crashed',
          errorName: 'StackWalkerClosed',
          message: 'the stack walker is closed',
        });
      }
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}
