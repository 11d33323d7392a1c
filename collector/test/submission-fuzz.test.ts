/**
 * Fuzzing POST /submit through a real collector: random bytes, mutated reports, broken gzip,
 * huge part headers and thousands of parts. Malformed input must get a 4xx (never a 5xx or a
 * dropped connection), the collector must keep answering, and every byte it reserved from its
 * memory budget must be given back.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annotation,
  buildMultipartBody,
  dump,
  type TestPart,
} from './fixtures/multipart-builder.js';
import { startTestCollector, type TestCollector } from './fixtures/test-collector.js';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector({
    config: { maxBodyBytes: 1024 * 1024, maxDecompressedBytes: 4 * 1024 * 1024 },
  });
});
afterAll(() => collector.close());

const TIME_LIMIT_MS = 6000;
const ANSWERS_TO_BAD_INPUT = new Set([200, 400, 401, 413]);

async function submitStatus(
  body: Uint8Array,
  headers: Record<string, string> = {},
): Promise<number> {
  const response = await collector.submit(Buffer.from(body), headers);
  await response.arrayBuffer();
  return response.status;
}

async function inflightBytes(): Promise<number> {
  const metrics = await (await fetch(`${collector.url}/metrics`)).text();
  return Number(/^cairn_collector_inflight_bytes\{[^}]*\} (\d+)$/m.exec(metrics)?.[1]);
}

const part: fc.Arbitrary<TestPart> = fc.oneof(
  fc
    .record({ name: fc.string({ maxLength: 12 }), value: fc.string({ maxLength: 40 }) })
    .map(({ name, value }) => annotation(name, value)),
  fc
    .record({ name: fc.string({ maxLength: 12 }), bytes: fc.uint8Array({ maxLength: 200 }) })
    .map(({ name, bytes }) => dump(name, bytes)),
  fc
    .string({ maxLength: 60 })
    .map((content) => ({ name: 'extra', contentType: 'application/json', content })),
);

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('\r\n', '--', '--cairnboundary', '\r\n\r\n', '"', ';'),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(body: Buffer, mutations: readonly Mutation[]): Buffer {
  let result = body;
  for (const change of mutations) {
    const at = result.length === 0 ? 0 : change.at % result.length;
    if (change.kind === 'flip') {
      result = Buffer.from(result);
      if (result.length > 0) result[at] = change.value;
    } else if (change.kind === 'cut') result = result.subarray(0, at);
    else
      result = Buffer.concat([
        result.subarray(0, at),
        Buffer.from(change.text),
        result.subarray(at),
      ]);
  }
  return result;
}

describe('POST /submit under fuzzing', () => {
  it('answers random bytes with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2000 }), async (body) => {
        expect(ANSWERS_TO_BAD_INPUT).toContain(await submitStatus(body));
      }),
      { interruptAfterTimeLimit: TIME_LIMIT_MS, numRuns: 10_000 },
    );
  });

  it('answers mutated reports with a 200 or a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(part, { minLength: 1, maxLength: 8 }),
        fc.array(mutation, { maxLength: 4 }),
        async (parts, mutations) => {
          const body = mutate(buildMultipartBody(parts), mutations);
          fc.pre(body.length > 0);
          expect(ANSWERS_TO_BAD_INPUT).toContain(await submitStatus(body));
        },
      ),
      { interruptAfterTimeLimit: TIME_LIMIT_MS, numRuns: 10_000 },
    );
  });

  it('answers truncated, concatenated and corrupted gzip with a 200 or a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(part, { minLength: 1, maxLength: 5 }),
        fc.array(mutation, { maxLength: 3 }),
        fc.boolean(),
        async (parts, mutations, concatenate) => {
          const member = gzipSync(buildMultipartBody(parts));
          const body = mutate(concatenate ? Buffer.concat([member, member]) : member, mutations);
          fc.pre(body.length > 0);
          expect(ANSWERS_TO_BAD_INPUT).toContain(
            await submitStatus(body, { 'content-encoding': 'gzip' }),
          );
        },
      ),
      { interruptAfterTimeLimit: TIME_LIMIT_MS, numRuns: 10_000 },
    );
  });

  it('answers any Content-Type with a 200 or a 4xx', async () => {
    const body = buildMultipartBody([annotation('ProductName', 'Firefox')]);
    const printable = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      maxLength: 80,
    });
    const contentType = fc.oneof(
      printable,
      printable.map((tail) => `multipart/form-data; boundary=${tail}`),
      printable.map((tail) => `multipart/form-data;${tail}`),
    );
    await fc.assert(
      fc.asyncProperty(contentType, async (value) => {
        expect(ANSWERS_TO_BAD_INPUT).toContain(await submitStatus(body, { 'content-type': value }));
      }),
      { interruptAfterTimeLimit: TIME_LIMIT_MS / 2, numRuns: 10_000 },
    );
  });

  it('answers huge part headers with a 400', async () => {
    for (const size of [8_000, 8_200, 100_000, 900_000]) {
      const body = buildMultipartBody([
        { name: 'A', headers: [`X-Pad: ${'a'.repeat(size)}`], content: '1' },
      ]);
      expect(await submitStatus(body)).toBe(size < 8192 ? 200 : 400);
    }
  });

  it('accepts thousands of parts', async () => {
    const parts = Array.from({ length: 5000 }, (_, i) => annotation(`Annotation${i}`, String(i)));
    expect(await submitStatus(buildMultipartBody(parts))).toBe(200);
  });

  it('keeps answering and gives back every reserved byte', async () => {
    expect(await submitStatus(buildMultipartBody([annotation('ProductName', 'Firefox')]))).toBe(
      200,
    );
    expect(await inflightBytes()).toBe(0);
    expect(process.memoryUsage().rss).toBeLessThan(1024 * 1024 * 1024);
  });
});
