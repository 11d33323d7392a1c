/**
 * CrashQueue: the three queues between collector, API and processor
 * (research/socorro-processor.md §2.3). A message body is `crashid` or `crashid:ruleset`.
 */
import { hasCrashIdShape } from '../crash-id.js';

/** The queues, in the order a processor takes work from them. */
export const QUEUE_NAMES = ['priority', 'standard', 'reprocessing'] as const;

/** One of the three crash queues. */
export type QueueName = (typeof QUEUE_NAMES)[number];

/** A received message; it stays invisible to other consumers until acked, released or timed out. */
export interface QueueMessage {
  /** The queue it came from. */
  readonly queue: QueueName;
  /** The body as published: `crashid` or `crashid:ruleset`. */
  readonly body: string;
  /** How many times it has been received, this time included. */
  readonly receiveCount: number;
  /** The adapter's handle for ack and release. */
  readonly receipt: string;
}

/** The queue port. Every adapter passes core/test/contracts/crash-queue.contract.ts. */
export interface CrashQueue {
  /** Appends messages to a queue. */
  publish(queue: QueueName, bodies: readonly string[]): Promise<void>;
  /**
   * Takes up to `maxMessages` visible messages, priority first, then standard, then
   * reprocessing. Waits up to `waitMs` (default 0) for one to arrive when all are empty.
   */
  receive(options: { maxMessages: number; waitMs?: number }): Promise<QueueMessage[]>;
  /** Removes a message for good: call only after all its work is saved. */
  ack(message: QueueMessage): Promise<void>;
  /** Makes a message visible again now, for another try. */
  release(message: QueueMessage): Promise<void>;
  /** Resolves when the queues can be used; rejects with the reason otherwise. */
  checkHealth(): Promise<void>;
  /** Releases connections and handles. */
  close(): Promise<void>;
}

/** What a processor is asked to do by one message. */
export interface WorkItem {
  readonly crashId: string;
  /** The rule set to run; the default one when absent. */
  readonly ruleset?: string;
}

/**
 * Reads a message body. Returns undefined for bodies that are not work, such as the `test`
 * message the reference publishes to check a queue at start-up.
 */
export function parseWorkItem(body: string): WorkItem | undefined {
  const [crashId = '', ruleset, ...rest] = body.trim().split(':');
  if (rest.length > 0 || !hasCrashIdShape(crashId)) return undefined;
  if (ruleset === undefined) return { crashId };
  return /^[a-z_]+$/.test(ruleset) ? { crashId, ruleset } : undefined;
}

/** The message body for a work item. */
export function formatWorkItem(item: WorkItem): string {
  return item.ruleset ? `${item.crashId}:${item.ruleset}` : item.crashId;
}
