/**
 * CrashQueue in a SQLite file: one table of messages with a visibility deadline, WAL mode and
 * immediate transactions, so several processes on one machine can share it safely.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database, { type Statement } from 'better-sqlite3';
import type { Clock } from '../../clock.js';
import { systemClock } from '../../clock.js';
import {
  QUEUE_NAMES,
  type CrashQueue,
  type QueueMessage,
  type QueueName,
} from '../../ports/crash-queue.js';

/** Options of the SQLite queue. */
export interface SqliteCrashQueueOptions {
  /** The database file (created when missing). */
  readonly file: string;
  /** How long a received message stays invisible. @defaultValue 300000 (5 minutes, as the reference) */
  readonly visibilityTimeoutMs?: number;
  /** How often an empty receive looks again while waiting. @defaultValue 100 ms */
  readonly pollIntervalMs?: number;
  readonly clock?: Clock;
}

interface MessageRow {
  id: number;
  queue: QueueName;
  body: string;
  receive_count: number;
}

/** Opens the SQLite crash queue. */
export function createSqliteCrashQueue(options: SqliteCrashQueueOptions): CrashQueue {
  const visibilityTimeoutMs = options.visibilityTimeoutMs ?? 300_000;
  const pollIntervalMs = options.pollIntervalMs ?? 100;
  const clock = options.clock ?? systemClock;
  mkdirSync(path.dirname(options.file), { recursive: true });
  const database = new Database(options.file);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  // Receipts and acknowledgements need not survive a power cut (a lost one means a crash is
  // offered again, which at-least-once delivery allows), so their commits skip the log flush;
  // publishing does flush (see publish).
  database.pragma('synchronous = NORMAL');
  database.exec(`
    CREATE TABLE IF NOT EXISTS crash_queue_messages (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      queue TEXT NOT NULL,
      body TEXT NOT NULL,
      visible_at_ms INTEGER NOT NULL,
      receive_count INTEGER NOT NULL DEFAULT 0,
      receipt TEXT
    );
    CREATE INDEX IF NOT EXISTS crash_queue_messages_visible ON crash_queue_messages (queue, visible_at_ms, id);
  `);
  const insert = database.prepare(
    'INSERT INTO crash_queue_messages (queue, body, visible_at_ms) VALUES (?, ?, ?)',
  );
  // One statement per limit, written into the SQL: SQLite plans with a bound LIMIT's value, so
  // a `LIMIT ?` statement is compiled again every time it runs (twice the cost of the query).
  const selectVisibleByLimit = new Map<number, Statement<[QueueName, number], MessageRow>>();
  const selectVisible = (queue: QueueName, now: number, count: number): MessageRow[] => {
    const limit = Math.trunc(count);
    if (!Number.isSafeInteger(limit) || limit < 1) {
      throw new RangeError(`maxMessages must be a positive integer, got ${count}`);
    }
    let statement = selectVisibleByLimit.get(limit);
    if (statement === undefined) {
      if (selectVisibleByLimit.size >= 64) selectVisibleByLimit.clear();
      statement = database.prepare<[QueueName, number], MessageRow>(
        `SELECT id, queue, body, receive_count FROM crash_queue_messages WHERE queue = ? AND visible_at_ms <= ? ORDER BY id LIMIT ${limit}`,
      );
      selectVisibleByLimit.set(limit, statement);
    }
    return statement.all(queue, now);
  };
  const claim = database.prepare(
    'UPDATE crash_queue_messages SET visible_at_ms = ?, receive_count = receive_count + 1, receipt = ? WHERE id = ?',
  );
  const remove = database.prepare('DELETE FROM crash_queue_messages WHERE id = ? AND receipt = ?');
  const makeVisible = database.prepare(
    'UPDATE crash_queue_messages SET visible_at_ms = ? WHERE id = ? AND receipt = ?',
  );

  const publishAll = database.transaction(
    (queue: QueueName, bodies: readonly string[], now: number) => {
      for (const body of bodies) insert.run(queue, body, now);
    },
  );
  const receiveNow = database.transaction((maxMessages: number, now: number): QueueMessage[] => {
    const received: QueueMessage[] = [];
    for (const queue of QUEUE_NAMES) {
      if (received.length >= maxMessages) break;
      for (const row of selectVisible(queue, now, maxMessages - received.length)) {
        const receipt = `${row.id}:${randomUUID()}`;
        claim.run(now + visibilityTimeoutMs, receipt, row.id);
        received.push({ queue, body: row.body, receiveCount: row.receive_count + 1, receipt });
      }
    }
    return received;
  });
  const idOf = (message: QueueMessage) => Number(message.receipt.split(':')[0]);
  const removeAll = database.transaction((messages: readonly QueueMessage[]) => {
    for (const message of messages) remove.run(idOf(message), message.receipt);
  });

  // Acknowledgements made in the same event-loop turn (a processor finishes its crashes in
  // batches) share one transaction instead of committing one each.
  let pendingAcks: { message: QueueMessage; settle: (error?: unknown) => void }[] = [];
  function commitAcks(): void {
    const batch = pendingAcks;
    pendingAcks = [];
    if (batch.length === 0) return;
    let failure: unknown;
    try {
      removeAll.immediate(batch.map((entry) => entry.message));
    } catch (error) {
      failure = error ?? new Error('acknowledging failed');
    }
    for (const entry of batch) entry.settle(failure);
  }

  return {
    async publish(queue, bodies) {
      // A published crash id must survive a power cut: this commit flushes the log, and with it
      // every commit before it.
      database.pragma('synchronous = FULL');
      try {
        publishAll.immediate(queue, bodies, clock.now().getTime());
      } finally {
        database.pragma('synchronous = NORMAL');
      }
    },
    async receive({ maxMessages, waitMs = 0 }) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const received = receiveNow.immediate(maxMessages, clock.now().getTime());
        if (received.length > 0 || Date.now() >= deadline) return received;
        await sleep(Math.min(pollIntervalMs, deadline - Date.now()));
      }
    },
    ack(message) {
      return new Promise<void>((resolve, reject) => {
        if (pendingAcks.length === 0) setImmediate(commitAcks);
        pendingAcks.push({
          message,
          settle: (error) => (error === undefined ? resolve() : reject(error)),
        });
      });
    },
    async release(message) {
      makeVisible.run(clock.now().getTime(), idOf(message), message.receipt);
    },
    async checkHealth() {
      database.prepare('SELECT count(*) FROM crash_queue_messages').get();
    },
    async close() {
      commitAcks();
      database.close();
    },
  };
}
