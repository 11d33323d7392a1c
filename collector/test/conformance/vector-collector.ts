/**
 * A real collector for one vector: the HTTP server listening on a loopback port, core's crash
 * storage over a recording blob store (or the real files adapter, for the filesystem vector),
 * the real SQLite queue, a frozen clock to the microsecond, a constant random draw, and the
 * log lines captured.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { buildCollector, type MicrosecondClock, type ThrottleRuleSet } from '@cairn/collector';
import {
  createBlobCrashStorage,
  createFsCrashStorage,
  createSqliteCrashQueue,
  loadConfig,
  type CollectorConfig,
  type CrashQueue,
  type CrashStorage,
} from '@cairn/core';
import { createMemoryBlobStore, type MemoryBlobStore } from './memory-blob-store.js';

/** One captured log line. */
export interface LogRecord {
  readonly msg: string;
  readonly [field: string]: unknown;
}

/** A running collector and what it wrote. */
export interface VectorCollector {
  readonly port: number;
  readonly storage: CrashStorage;
  /** The recording store, unless the vector asked for the files adapter. */
  readonly blobs?: MemoryBlobStore;
  /** The files adapter's root, for the filesystem vector. */
  readonly fsRoot?: string;
  readonly queue: CrashQueue;
  readonly logs: LogRecord[];
  /** Messages published since start-up, without the start-up `test` message. */
  publishedMessages(): Promise<string[]>;
  close(): Promise<void>;
}

/** How to run the collector for a vector. */
export interface VectorCollectorOptions {
  readonly ruleSet: ThrottleRuleSet;
  /** The reference's settings that are not throttler settings. */
  readonly settings: Readonly<Record<string, string>>;
  /** The frozen time, ISO 8601 with up to 6 fractional digits. */
  readonly now: string;
  /** The constant random draw; null means no sampled rule may be reached. */
  readonly random: number | null;
  readonly versionFile?: string;
  /** Makes storage writes fail (after start-up). */
  readonly failStorageWrites?: boolean;
}

/** A clock frozen at an ISO time, microseconds included. */
export function frozenClock(iso: string): MicrosecondClock {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (!match) throw new Error(`cannot read the time ${iso}`);
  const seconds = Date.parse(`${match[1]}${match[3] ?? 'Z'}`);
  const micros = BigInt(seconds) * 1000n + BigInt((match[2] ?? '').padEnd(6, '0') || '0');
  return { now: () => new Date(Number(micros / 1000n)), nowMicroseconds: () => micros };
}

/** Draws that are always `value`, or that fail the request when none was expected. */
export function constantRandom(value: number | null): () => number {
  return () => {
    if (value === null) throw new Error('a sampled rule was reached but the vector has no draw');
    return value;
  };
}

const KNOWN_SETTINGS = new Set([
  'BREAKPAD_THROTTLER_RULES',
  'BREAKPAD_THROTTLER_PRODUCTS',
  'BREAKPAD_THROTTLER_PRODUCT_PACKAGENAMES',
  'BREAKPAD_STAGE_SUBMITTER_BEARER_TOKEN',
  'CRASHMOVER_CRASHSTORAGE_CLASS',
  'CRASHMOVER_MAX_ATTEMPTS',
  'CRASHMOVER_RETRY_SLEEP_SECONDS',
]);

/** Starts a collector as a vector describes it. */
export async function startVectorCollector(
  options: VectorCollectorOptions,
): Promise<VectorCollector> {
  const unknown = Object.keys(options.settings).filter((name) => !KNOWN_SETTINGS.has(name));
  if (unknown.length > 0) throw new Error(`unsupported vector setting ${unknown.join(', ')}`);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-collector-vector-'));
  const settings = options.settings;
  const useFiles = settings.CRASHMOVER_CRASHSTORAGE_CLASS?.endsWith('.FSCrashStorage') ?? false;
  const blobs = useFiles ? undefined : createMemoryBlobStore();
  const fsRoot = path.join(directory, 'crashes');
  const storage = blobs ? createBlobCrashStorage(blobs) : createFsCrashStorage(fsRoot);
  const queue = createSqliteCrashQueue({
    file: path.join(directory, 'queue.sqlite'),
    visibilityTimeoutMs: 60_000,
  });
  const logs: LogRecord[] = [];
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(line: Buffer, _encoding, done) {
        logs.push(JSON.parse(line.toString('utf8')) as LogRecord);
        done();
      },
    }),
  );
  const defaults = loadConfig({ CAIRN_DATA_DIR: directory }).collector;
  const config: CollectorConfig = {
    ...defaults,
    bearerToken: settings.BREAKPAD_STAGE_SUBMITTER_BEARER_TOKEN ?? '',
    // The reference's local set-up gives a stalled upload 2 s (nginx client_body_timeout).
    idleTimeoutMs: 2000,
    saveAttempts: Number(settings.CRASHMOVER_MAX_ATTEMPTS ?? defaults.saveAttempts),
    retrySleepMs:
      settings.CRASHMOVER_RETRY_SLEEP_SECONDS === undefined
        ? 0
        : Number(settings.CRASHMOVER_RETRY_SLEEP_SECONDS) * 1000,
  };
  const app = buildCollector({
    storage,
    queue,
    clock: frozenClock(options.now),
    logger,
    config,
    ruleSet: options.ruleSet,
    random: constantRandom(options.random),
    sleep: async () => {},
    ...(options.versionFile ? { versionFile: options.versionFile } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  // Start-up wrote its probe and published `test`; the vectors describe what comes after.
  if (blobs) {
    blobs.writes.length = 0;
    if (options.failStorageWrites) blobs.failWrites = () => true;
  }
  await takeMessages(queue);
  logs.length = 0;
  const address = app.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    storage,
    ...(blobs ? { blobs } : { fsRoot }),
    queue,
    logs,
    publishedMessages: () => takeMessages(queue),
    async close() {
      await app.close();
      await queue.close();
      await storage.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

async function takeMessages(queue: CrashQueue): Promise<string[]> {
  const bodies: string[] = [];
  for (;;) {
    const messages = await queue.receive({ maxMessages: 10 });
    if (messages.length === 0) return bodies.filter((body) => body !== 'test');
    for (const message of messages) {
      bodies.push(message.body);
      await queue.ack(message);
    }
  }
}
