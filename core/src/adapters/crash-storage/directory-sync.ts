/**
 * Group commit of directory flushes for the files storage. A new file name survives a power cut
 * only once its directory is flushed (fsync), and one flush costs a device round trip however
 * many names it covers; so concurrent writers share them. While one round of flushes is in
 * flight, the directories that arrive wait and go together in the next round: a lone writer is
 * not delayed, and under load one round serves many crashes.
 */
import { closeSync, fsync, openSync } from 'node:fs';
import { promisify } from 'node:util';

const flushFile = promisify(fsync);

/** Flushes directories, sharing each round between concurrent callers. */
export interface DirectorySync {
  /** Resolves once each directory given has been flushed after this call began. */
  flush(directories: Iterable<string>): Promise<void>;
}

interface Round {
  readonly directories: Set<string>;
  readonly done: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Creates a directory flusher with its own rounds. */
export function createDirectorySync(): DirectorySync {
  let waiting: Round | undefined;
  let flushing = false;

  async function flushRounds(): Promise<void> {
    flushing = true;
    while (waiting) {
      const round = waiting;
      waiting = undefined;
      try {
        await Promise.all([...round.directories].map(flushDirectory));
        round.resolve();
      } catch (error) {
        round.reject(error);
      }
    }
    flushing = false;
  }

  return {
    flush(directories) {
      waiting ??= createRound();
      for (const directory of directories) waiting.directories.add(directory);
      const done = waiting.done;
      if (!flushing) void flushRounds();
      return done;
    },
  };
}

function createRound(): Round {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const done = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { directories: new Set(), done, resolve, reject };
}

// Opening and closing take microseconds and run here; only the flush waits on the pool.
async function flushDirectory(directory: string): Promise<void> {
  const fd = openSync(directory, 'r');
  try {
    await flushFile(fd);
  } finally {
    closeSync(fd);
  }
}
