/**
 * The `http_submit` vectors: each request is sent as raw bytes to a real collector and the
 * answer, the stored objects (keys, order, exact bytes), the published message, the throttle
 * decision (from the log line that reports it) and the parsed payload are compared.
 *
 * Deliberate differences from the reference, applied to every vector alike:
 * - storage that keeps failing is answered 503 with Retry-After instead of 500 (the crash
 *   reporter retries; docs/decisions.md "Collector: storage failures");
 * - the filesystem adapter keeps the S3 key layout (ARCHITECTURE.md), so `fs_files` (the
 *   reference's development-only layout) is checked as files at the S3 keys instead.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { formatPythonJson } from '@cairn/core';
import { createAdmissionBudget } from '../../src/admission.js';
import { extractCrashReport } from '../../src/extract-crash-report.js';
import { readSubmissionFraming } from '../../src/request-framing.js';
import { compare, readVectorFile, runCases, withCrashId, type GroupReport } from './vector-file.js';
import { sendRawRequest } from './raw-http.js';
import { startVectorCollector, type VectorCollector } from './vector-collector.js';
import { ruleSetForSettings } from './vector-rule-sets.js';

interface HttpVector {
  id: string;
  config: Record<string, string>;
  random: number | null;
  now: string;
  request: {
    method: string;
    path: string;
    headers: [string, string][];
    body_base64: string;
  };
  expect: {
    status: number;
    content_type?: string;
    body?: string;
    body_pattern?: string;
    crash_id_throttle_char?: string;
    throttle?: { result: string; rule: string; percentage: number };
    stored?: boolean;
    published?: boolean;
    raw_crash?: unknown;
    raw_crash_serialized?: string;
    dumps_base64?: Record<string, string>;
    gcs_objects_in_write_order?: [string, string | { base64: string }][];
    pubsub_message?: string;
    fs_files?: string[];
  };
  extract?: {
    annotations?: Record<string, unknown>;
    notes?: string[];
    payload?: string;
    payload_compressed?: string;
    payload_size?: number;
    dumps_base64?: Record<string, string>;
  };
}

/** Runs every http_submit vector. */
export async function runHttpSubmitVectors(dataDir: string): Promise<GroupReport> {
  const { vectors } = await readVectorFile<HttpVector>(dataDir, 'http_submit_vectors.json');
  return runCases('http_submit', vectors, async (vector) => {
    const collector = await startCollectorFor(vector);
    try {
      return await checkVector(vector, collector);
    } finally {
      await collector.close();
    }
  });
}

/** Starts a collector with a vector's settings. */
export async function startCollectorFor(
  vector: Pick<HttpVector, 'config' | 'now' | 'random'>,
  options: { failStorageWrites?: boolean } = {},
): Promise<VectorCollector> {
  const throttlerSettings: Record<string, string> = {};
  const otherSettings: Record<string, string> = {};
  for (const [name, value] of Object.entries(vector.config)) {
    if (name.startsWith('BREAKPAD_THROTTLER_')) {
      throttlerSettings[name.slice('BREAKPAD_THROTTLER_'.length)] = value;
    }
    otherSettings[name] = value;
  }
  return startVectorCollector({
    ruleSet: await ruleSetForSettings(throttlerSettings),
    settings: otherSettings,
    now: vector.now,
    random: vector.random,
    ...options,
  });
}

async function checkVector(vector: HttpVector, collector: VectorCollector): Promise<string[]> {
  const expect = vector.expect;
  const response = await sendRawRequest(collector.port, {
    method: vector.request.method,
    path: vector.request.path,
    headers: vector.request.headers,
    body: Buffer.from(vector.request.body_base64, 'base64'),
  });
  const body = response.body.toString('utf8');
  const crashId = /^CrashID=bp-(\S+)\n$/.exec(body)?.[1] ?? '';
  const differences: string[] = [];
  const expectedStatus = expect.status === 500 ? 503 : expect.status;
  differences.push(...compare('status', response.status, expectedStatus));
  if (expect.status === 500 && response.headers['retry-after'] === undefined) {
    differences.push('a 503 for failing storage must carry Retry-After');
  }
  if (expect.content_type !== undefined) {
    differences.push(
      ...compare('content type', response.headers['content-type'], expect.content_type),
    );
  }
  if (expect.body !== undefined) differences.push(...compare('body', body, expect.body));
  if (expect.body_pattern !== undefined && !new RegExp(expect.body_pattern).test(body)) {
    differences.push(`body ${JSON.stringify(body)} does not match ${expect.body_pattern}`);
  }
  if (expect.crash_id_throttle_char !== undefined) {
    differences.push(...compare('throttle digit', crashId.at(-7), expect.crash_id_throttle_char));
  }
  if (expect.throttle !== undefined) {
    const logged = collector.logs.find((record) => record.throttle !== undefined)?.throttle;
    differences.push(...compare('throttle decision', logged, expect.throttle));
  }
  differences.push(...(await checkStorage(vector, collector, crashId)));
  differences.push(...(await checkExtraction(vector)));
  const published = await collector.publishedMessages();
  if (expect.published !== undefined) {
    const expectedMessages = expect.published
      ? [withCrashId(expect.pubsub_message ?? '{CRASH_ID}', crashId)]
      : [];
    differences.push(...compare('published messages', published, expectedMessages));
  }
  return differences;
}

async function checkStorage(
  vector: HttpVector,
  collector: VectorCollector,
  crashId: string,
): Promise<string[]> {
  const expect = vector.expect;
  const differences: string[] = [];
  const stored =
    crashId !== '' &&
    (await collector.storage.loadRawCrash(crashId).then(
      () => true,
      () => false,
    ));
  if (expect.stored !== undefined) differences.push(...compare('stored', stored, expect.stored));
  if (!stored) return differences;

  const rawCrashBytes = Buffer.from(
    (await readObject(collector, rawCrashKeyOf(expect, crashId))) ?? [],
  ).toString('utf8');
  if (expect.raw_crash_serialized !== undefined) {
    differences.push(
      ...compare(
        'raw crash bytes',
        rawCrashBytes,
        withCrashId(expect.raw_crash_serialized, crashId),
      ),
    );
  }
  if (expect.raw_crash !== undefined) {
    differences.push(
      ...compare('raw crash', JSON.parse(rawCrashBytes), withCrashId(expect.raw_crash, crashId)),
    );
  }
  for (const [name, base64] of Object.entries(expect.dumps_base64 ?? {})) {
    const dump = Buffer.from(await collector.storage.loadDump(crashId, name)).toString('base64');
    differences.push(...compare(`dump ${name}`, dump, base64));
  }
  const expectedObjects = (expect.gcs_objects_in_write_order ?? []).map(([key, content]) => [
    withCrashId(key, crashId),
    content === '<raw_crash_serialized>'
      ? Buffer.from(rawCrashBytes).toString('base64')
      : typeof content === 'string'
        ? Buffer.from(content).toString('base64')
        : content.base64,
  ]);
  if (collector.blobs) {
    const written = collector.blobs.writes.map(([key, bytes]) => [
      key,
      Buffer.from(bytes).toString('base64'),
    ]);
    differences.push(...compare('objects in write order', written, expectedObjects));
  } else {
    for (const [key, base64] of expectedObjects) {
      const file = await readFile(path.join(collector.fsRoot!, key!)).catch(() => undefined);
      differences.push(...compare(`file ${key}`, file?.toString('base64'), base64));
    }
  }
  return differences;
}

/** The parse phase alone, run on the vector's request and compared with its `extract`. */
async function checkExtraction(vector: HttpVector): Promise<string[]> {
  const extract = vector.extract;
  if (!extract) return [];
  const headers: Record<string, string> = {};
  for (const [name, value] of vector.request.headers) headers[name.toLowerCase()] = value;
  const framing = readSubmissionFraming(headers, Number.MAX_SAFE_INTEGER);
  const body = Buffer.from(vector.request.body_base64, 'base64').subarray(0, framing.contentLength);
  const { report } = await extractCrashReport(Readable.from([body]), framing, {
    reservation: createAdmissionBudget(Number.MAX_SAFE_INTEGER).reserve(0)!,
    maxDecompressedBytes: Number.MAX_SAFE_INTEGER,
  });
  const differences: string[] = [];
  // The reference appends its clean-up notes to the same list later, so vectors may show them.
  if (extract.notes) {
    const parseNotes = extract.notes.filter((note) => !/^Removed \S+ from raw crash\.$/.test(note));
    differences.push(...compare('parse notes', report.notes, parseNotes));
  }
  if (extract.payload !== undefined) {
    differences.push(...compare('payload', report.payload, extract.payload));
  }
  if (extract.payload_compressed !== undefined) {
    const compressed = framing.isGzipped ? '1' : '0';
    differences.push(...compare('payload_compressed', compressed, extract.payload_compressed));
  }
  if (extract.payload_size !== undefined) {
    differences.push(...compare('payload_size', framing.contentLength, extract.payload_size));
  }
  if (extract.dumps_base64) {
    const dumps = Object.fromEntries(
      [...report.dumps].map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')]),
    );
    differences.push(...compare('parsed dumps', dumps, extract.dumps_base64));
  }
  // An `annotations` holding `metadata` shows the reference's map after it was mutated
  // into the raw crash; only a pure parse result is comparable.
  if (extract.annotations && !('metadata' in extract.annotations)) {
    differences.push(
      ...compare(
        'parsed annotations',
        JSON.parse(formatPythonJson(report.annotations)),
        extract.annotations,
      ),
    );
  }
  return differences;
}

function rawCrashKeyOf(expect: HttpVector['expect'], crashId: string): string {
  const key = (expect.gcs_objects_in_write_order ?? []).find(([name]) =>
    name.startsWith('v1/raw_crash/'),
  )?.[0];
  return withCrashId(key ?? `v1/raw_crash/20${crashId.slice(-6)}/{CRASH_ID}`, crashId);
}

async function readObject(
  collector: VectorCollector,
  key: string,
): Promise<Uint8Array | undefined> {
  if (collector.blobs) return collector.blobs.getObject(key);
  return readFile(path.join(collector.fsRoot!, key)).catch(() => undefined);
}
