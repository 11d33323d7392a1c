/**
 * Fuzzing: corpus dumps with random bytes overwritten, truncated or extended must either walk or
 * be refused with a typed error — never an unhandled exception — within a time bound per dump.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackwalkBytes } from '../../src/cli/stackwalk.js';
import { readMinidump } from '../../src/reader/minidump.js';
import { MinidumpError } from '../../src/reader/minidump-error.js';
import { processMinidump } from '../../src/process/process-minidump.js';
import { ProcessError } from '../../src/process/process-error.js';
import { createSymbolCache, createSymbolSupplier } from '../../src/symbols/index.js';

const corpus = path.join(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(import.meta.dirname, '../../../../shared'),
  'minidumps',
);
const available = existsSync(corpus);
if (!available && process.env.CI) throw new Error(`conformance data missing at ${corpus}`);

/** Small dumps keep each run fast; big ones still get mutated headers and directories. */
const dumps = available
  ? readdirSync(corpus)
      .filter((name) => name.endsWith('.dmp'))
      .map((name) => readFileSync(path.join(corpus, name)))
      .filter((bytes) => bytes.length < 2_000_000)
  : [];

/** Each mutated dump must be handled within this many milliseconds. */
const TIME_BOUND_MS = 2_000;

const mutation = fc.record({
  dump: fc.nat({ max: Math.max(0, dumps.length - 1) }),
  writes: fc.array(
    fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), nearStart: fc.boolean() }),
    { minLength: 1, maxLength: 24 },
  ),
  truncateTo: fc.option(fc.nat()),
  withSymbols: fc.boolean(),
});

/** Symbols exercise CFI and STACK WIN on mutated stacks; parsed files are cached across runs. */
const symbols = available
  ? createSymbolCache({
      supplier: createSymbolSupplier({ symbolPaths: [path.join(corpus, 'symbols')] }),
      maxBytes: 256 * 1024 * 1024,
    })
  : undefined;

/** One generated mutation of a corpus dump. */
interface Mutation {
  readonly dump: number;
  readonly writes: ReadonlyArray<{ at: number; value: number; nearStart: boolean }>;
  readonly truncateTo: number | null;
  readonly withSymbols: boolean;
}

function mutate(input: Mutation): Uint8Array {
  const original = dumps[input.dump]!;
  const bytes = Uint8Array.from(original);
  for (const write of input.writes) {
    // Half the writes hit the header, directory and stream headers, where lies about sizes live.
    const limit = write.nearStart ? Math.min(bytes.length, 4096) : bytes.length;
    bytes[write.at % limit] = write.value;
  }
  return input.truncateTo === null
    ? bytes
    : bytes.subarray(0, input.truncateTo % (bytes.length + 1));
}

describe.skipIf(!available)('fuzzing the reader and walker with mutated corpus dumps', () => {
  it('walks or refuses every mutated dump with a typed error, within the time bound', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (input) => {
        const bytes = mutate(input);
        const started = performance.now();
        try {
          const result = await stackwalkBytes(bytes, input.withSymbols ? symbols : undefined);
          if (!result.ok) expect(result.kind).toMatch(/^[A-Za-z]+$/);
        } catch (error) {
          throw new Error(`unhandled ${String(error)}`, { cause: error });
        }
        expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
      }),
      { numRuns: 600, interruptAfterTimeLimit: 60_000 },
    );
  }, 120_000);

  it('refuses a dump whose stream directory claims billions of entries without allocating them', async () => {
    const bytes = Uint8Array.from(dumps[0]!);
    new DataView(bytes.buffer).setUint32(8, 0xffffffff, true);
    expect(() => readMinidump(bytes)).toThrow(MinidumpError);
  });

  it('turns a missing thread list into a ProcessError, not a crash', async () => {
    expect.assertions(2);
    const bytes = Uint8Array.from(dumps[0]!);
    const dump = readMinidump(bytes);
    const threadEntry = [...dump.directory.values()].findIndex((entry) => entry.streamType === 3);
    new DataView(bytes.buffer).setUint32(
      dump.header.streamDirectoryRva + threadEntry * 12,
      0x7777,
      true,
    );
    try {
      await processMinidump(readMinidump(bytes));
    } catch (error) {
      expect(error).toBeInstanceOf(ProcessError);
      expect((error as ProcessError).kind).toBe('MissingThreadList');
    }
  });
});
