/**
 * Start-up checks, as the reference makes them (research/antenna-collector.md §6.1): write a
 * probe object to crash storage and publish a `test` message to the standard queue (consumers
 * ignore it). A missing bucket or queue, or missing permissions, stop the collector before it
 * answers its first crash, with a message that says which dependency failed.
 */
import { CairnError, type CrashQueue, type CrashStorage } from '@cairn/core';

/** Proves that storage takes writes and the queue takes messages; throws otherwise. */
export async function verifyCollectorDependencies(
  storage: CrashStorage,
  queue: CrashQueue,
): Promise<void> {
  try {
    await storage.writeProbe();
  } catch (error) {
    throw new CairnError(
      'STORAGE_UNAVAILABLE',
      `collector start-up: crash storage refused the probe write (does the bucket or directory exist, and may Cairn write to it?): ${describe(error)}`,
      { cause: error },
    );
  }
  try {
    await queue.publish('standard', ['test']);
  } catch (error) {
    throw new CairnError(
      'QUEUE_UNAVAILABLE',
      `collector start-up: the standard queue refused the test message (does the queue exist?): ${describe(error)}`,
      { cause: error },
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
