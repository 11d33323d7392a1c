/**
 * The `unit` vectors: the reference's helpers (crash-id validation and creation, dump-name
 * cleaning, time parsing, retries, the crash mover, private-field clean-up), each matched to
 * the Cairn function that does the same job. A vector naming a function or a behaviour this
 * suite does not know fails, so new kinds of vectors cannot pass unnoticed.
 *
 * Deliberate differences, applied alike to every vector: a crash storage that keeps failing
 * is answered 503 with Retry-After instead of 500, and a crash id that cannot be published is
 * kept in the outbox instead of dropped (docs/decisions.md, "Collector").
 */
import { pino } from 'pino';
import { Writable } from 'node:stream';
import {
  createBlobCrashStorage,
  createCrashId,
  hasCrashIdShape,
  isValidCrashId,
  THROTTLE_DIGIT,
  type CrashQueue,
  type RawCrash,
} from '@cairn/core';
import { sanitizeDumpName } from '../../src/annotations.js';
import { createCollectorMetrics } from '../../src/collector-metrics.js';
import { removePrivateAnnotations, type RawCrashDraft } from '../../src/raw-crash.js';
import { createPublishBatcher } from '../../src/publish-batcher.js';
import { MaxAttemptsError, retry } from '../../src/retry.js';
import { saveCrash } from '../../src/save-crash.js';
import { parseIsoTimestamp } from '../../src/submission-time.js';
import { Registry } from 'prom-client';
import { sendRawRequest } from './raw-http.js';
import { startCollectorFor } from './http-submit-vectors.js';
import { createMemoryBlobStore } from './memory-blob-store.js';
import { compare, readVectorFile, runCases, withCrashId, type GroupReport } from './vector-file.js';
import type { LogRecord } from './vector-collector.js';

interface UnitVector {
  id: string;
  function: string;
  input?: unknown;
  strict?: boolean;
  throttle_result?: number;
  behaviour?: string;
  config?: Record<string, string>;
  expect: unknown;
}

/** The reference's published message for a publish given up, and Cairn's outbox line. */
const PUBLISH_GIVEN_UP = {
  reference: '{CRASH_ID}: too many errors trying to publish; dropped',
  cairn: '{CRASH_ID}: too many errors trying to publish; kept in the outbox for republishing',
};

/** Runs every unit vector. */
export async function runUnitVectors(dataDir: string): Promise<GroupReport> {
  const { vectors } = await readVectorFile<UnitVector>(dataDir, 'unit_vectors.json');
  return runCases('unit', vectors, async (vector) => {
    switch (vector.function) {
      case 'validate_crash_id': {
        const input = vector.input as string;
        const valid = vector.strict === false ? hasCrashIdShape(input) : isValidCrashId(input);
        return compare('valid', valid, vector.expect);
      }
      case 'sanitize_key_name':
        return compare('sanitized', sanitizeDumpName(vector.input as string), vector.expect);
      case 'create_crash_id': {
        const digit = vector.throttle_result ?? THROTTLE_DIGIT.DEFER;
        const crashId = createCrashId(new Date(), digit);
        return compare('throttle digit', { throttle_digit: Number(crashId.at(-7)) }, vector.expect);
      }
      case 'isoformat_to_time':
        return compare('seconds', parseIsoTimestamp(vector.input as string) ?? 0, vector.expect);
      case 'retry':
        return checkRetry(vector);
      case 'handle_crashreport':
        return checkCrashMover(vector);
      case 'POST /submit':
        return checkSubmitWithFailingStorage(vector);
      case 'cleanup_crash_report': {
        const rawCrash = {
          ...(vector.input as Record<string, string>),
          metadata: { collector_notes: [] },
        } as unknown as RawCrashDraft;
        removePrivateAnnotations(rawCrash);
        return compare('cleaned raw crash', rawCrash, vector.expect);
      }
      default:
        return [`no Cairn function stands for ${vector.function}`];
    }
  });
}

/** Retry vectors describe their behaviour in words; each known description is run here. */
async function checkRetry(vector: UnitVector): Promise<string[]> {
  const expected = vector.expect as { sleeps: number[]; result?: number; raises?: string };
  const sleeps: number[] = [];
  const sleep = async (ms: number) => void sleeps.push(ms / 1000);
  const returns = /^returns ([\d, ]+) with retry-on-not-200$/.exec(vector.behaviour ?? '');
  const raises = /^always raises, waits \[([\d, ]+)\]$/.exec(vector.behaviour ?? '');
  let outcome: { result?: number; raises?: string };
  if (returns) {
    const results = returns[1]!.split(',').map(Number);
    let call = 0;
    const result = await retry(async () => results[call++]!, {
      waitsMs: [2000, 2000, 2000, 2000, 2000],
      sleep,
      isRetryableResult: (status) => status !== 200,
    });
    outcome = { result };
  } else if (raises) {
    const waitsMs = raises[1]!.split(',').map((wait) => Number(wait) * 1000);
    try {
      await retry(
        async () => {
          throw new Error('');
        },
        { waitsMs, sleep },
      );
      outcome = {};
    } catch (error) {
      outcome = { raises: error instanceof MaxAttemptsError ? 'MaxAttemptsError' : String(error) };
    }
  } else {
    return [`unknown retry behaviour ${JSON.stringify(vector.behaviour)}`];
  }
  return compare('retry', { sleeps, ...outcome }, expected);
}

/** The crash mover with a store or a queue that always fails. */
async function checkCrashMover(vector: UnitVector): Promise<string[]> {
  const expected = vector.expect as {
    return: boolean;
    save_attempts: number;
    publish_attempts: number;
    log_messages: string[];
    http_status_if_via_submit?: number;
    http_body_if_via_submit?: string;
  };
  const failing = /^(storage|publish) always raises$/.exec(vector.behaviour ?? '')?.[1];
  if (!failing) return [`unknown crash mover behaviour ${JSON.stringify(vector.behaviour)}`];
  const blobs = createMemoryBlobStore();
  let saveAttempts = 0;
  blobs.failWrites = (key) => {
    if (key.startsWith('v1/raw_crash/')) saveAttempts += 1;
    return failing === 'storage';
  };
  let publishAttempts = 0;
  const queue = {
    async publish() {
      publishAttempts += 1;
      if (failing === 'publish') throw new Error('');
    },
  } as unknown as CrashQueue;
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
  const crashId = createCrashId(new Date(), 0);
  const outcome = await saveCrash(
    {
      storage: createBlobCrashStorage(blobs),
      publisher: createPublishBatcher(queue),
      outbox: { record: async () => {} } as never,
      logger,
      metrics: createCollectorMetrics(new Registry(), {
        outboxSize: () => 0,
        inflightBytes: () => 0,
      }),
      policy: {
        attempts: Number(vector.config?.CRASHMOVER_MAX_ATTEMPTS ?? 5),
        retrySleepMs: Number(vector.config?.CRASHMOVER_RETRY_SLEEP_SECONDS ?? 2) * 1000,
        sleep: async () => {},
      },
    },
    crashId,
    { ProductName: 'Firefox' } as RawCrash,
    new Map([['upload_file_minidump', Buffer.from('abcd1234')]]),
  );
  if (failing === 'storage') saveAttempts = blobs.failedWrites.length;
  const expectedLogs = withCrashId(expected.log_messages, crashId).map((line) =>
    line === withCrashId(PUBLISH_GIVEN_UP.reference, crashId)
      ? withCrashId(PUBLISH_GIVEN_UP.cairn, crashId)
      : line,
  );
  const differences = [
    ...compare('saved', outcome === 'saved', expected.return),
    ...compare('save attempts', saveAttempts, expected.save_attempts),
    ...compare('publish attempts', publishAttempts, expected.publish_attempts),
    ...compare(
      'log lines',
      logs.map((record) => record.msg).filter((msg) => !/ published$/.test(msg)),
      expectedLogs,
    ),
  ];
  if (expected.http_status_if_via_submit !== undefined) {
    differences.push(
      ...(await checkSubmitWithFailingStorage({
        ...vector,
        expect: {
          status: expected.http_status_if_via_submit,
          body: expected.http_body_if_via_submit,
        },
      })),
    );
  }
  return differences;
}

/** A real submission while every storage write fails. */
async function checkSubmitWithFailingStorage(vector: UnitVector): Promise<string[]> {
  const expected = vector.expect as { status: number; body?: string };
  const collector = await startCollectorFor(
    {
      config: {
        BREAKPAD_THROTTLER_RULES: 'antenna.throttler.ACCEPT_ALL',
        ...(vector.config ?? {}),
      },
      now: new Date().toISOString(),
      random: null,
    },
    { failStorageWrites: true },
  );
  try {
    const boundary = 'socorrobound1234567';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="ProductName"\r\n` +
        `Content-Type: text/plain; charset=utf-8\r\n\r\nFirefox\r\n--${boundary}--\r\n`,
    );
    const response = await sendRawRequest(collector.port, {
      method: 'POST',
      path: '/submit',
      headers: [
        ['Content-Type', `multipart/form-data; boundary=${boundary}`],
        ['Content-Length', String(body.length)],
      ],
      body,
    });
    return [
      // Cairn answers 503 with Retry-After where the reference answers 500.
      ...compare('status', response.status, expected.status === 500 ? 503 : expected.status),
      ...compare(
        'has Retry-After',
        response.headers['retry-after'] !== undefined,
        expected.status === 500,
      ),
      ...(expected.body === undefined
        ? []
        : compare('body', response.body.toString(), expected.body)),
    ];
  } finally {
    await collector.close();
  }
}
