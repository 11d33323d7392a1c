import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSymbolFileParser } from '../../../src/symbols/parse/symbol-file-parser.js';
import type { SymbolFile } from '../../../src/symbols/symbol-file.js';
import type { CpuArchitecture } from '../../../src/symbols/unwind/unwind-rules.js';

const dataDir = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(import.meta.dirname, '../../../../../shared'),
);
const symbolsDir = path.join(dataDir, 'minidumps', 'symbols');

/** Every corpus .sym file, cut into windows of at most 400 lines to keep each run small. */
function corpusWindows(): Buffer[] {
  if (!existsSync(symbolsDir)) return [];
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory)) {
      const full = path.join(directory, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.sym')) files.push(full);
    }
  };
  walk(symbolsDir);
  const windows: Buffer[] = [];
  for (const file of files.sort()) {
    const lines = readFileSync(file).toString('latin1').split('\n');
    for (let start = 0; start < lines.length && windows.length < 400; start += 2000) {
      windows.push(Buffer.from(lines.slice(start, start + 400).join('\n'), 'latin1'));
    }
  }
  return windows;
}

const SEEDS = [
  Buffer.from(
    'MODULE Linux x86_64 ABC0 app\nFILE 0 a.c\nINLINE_ORIGIN 1 g()\nFUNC 1000 40 0 f\nINLINE 0 5 0 1 1010 10\n1000 10 1 0\n1010 30 2 0\nPUBLIC 3000 0 p\nSTACK CFI INIT 1000 40 .cfa: $rsp 8 + .ra: .cfa -8 + ^\nSTACK CFI 1004 .cfa: $rsp 16 + $rbx: .cfa -16 + ^\nSTACK WIN 4 1000 10 0 0 8 0 0 0 1 $T0 $ebp = $eip $T0 4 + ^ = $ebp $T0 ^ = $esp $T0 8 + =\nSTACK WIN 0 2000 10 0 0 4 4 0 0 0 1\n',
  ),
];
const windows = [...SEEDS, ...corpusWindows()];

/** One way of damaging a file. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 24 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(input: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = input;
  for (const step of mutations) {
    const at = bytes.length === 0 ? 0 : step.at % bytes.length;
    if (step.kind === 'flip')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.of(step.byte), bytes.subarray(at + 1)]);
    if (step.kind === 'insert')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(step.bytes), bytes.subarray(at)]);
    if (step.kind === 'delete')
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + step.length)]);
    if (step.kind === 'duplicate')
      bytes = Buffer.concat([bytes.subarray(0, at + step.length), bytes.subarray(at)]);
    if (step.kind === 'truncate') bytes = bytes.subarray(0, at);
  }
  return bytes;
}

/** Uses everything a walker would: lookups, CFI and STACK WIN evaluation. */
function exercise(
  file: SymbolFile,
  offsets: readonly number[],
  architecture: CpuArchitecture,
): void {
  const registers = new Map<string, bigint>(
    ['esp', 'ebp', 'ebx', 'eip', 'rsp', 'rbp', 'rip', 'rbx', 'sp', 'fp', 'lr', 'pc', 'x19'].map(
      (name, index) => [name, BigInt(index * 0x1000)],
    ),
  );
  const readMemory = (address: bigint, size: 4 | 8): bigint | undefined =>
    address % 3n === 0n ? undefined : address * BigInt(size);
  for (const offset of offsets) {
    const moduleOffset = BigInt(offset);
    file.lookupSymbol(moduleOffset);
    file.unwindCallerRegisters(
      moduleOffset,
      {
        architecture,
        registers,
        forwardedRegisters: ['ebx', 'rbx', 'fp'],
        grandCalleeParameterSize: offset % 16,
      },
      readMemory,
    );
  }
}

describe('symbol file parser under mutated input', () => {
  it('never throws and stays within the time bound', () => {
    expect(windows.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: windows.length - 1 }),
        fc.array(mutation, { maxLength: 8 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.array(fc.integer({ min: 0, max: 0x100000 }), { maxLength: 20 }),
        fc.constantFrom<CpuArchitecture>('x86', 'amd64', 'arm', 'arm64'),
        (index, mutations, chunkSize, offsets, architecture) => {
          const started = performance.now();
          const bytes = mutate(windows[index]!, mutations);
          const parser = createSymbolFileParser();
          for (let start = 0; start < bytes.length; start += chunkSize)
            parser.write(bytes.subarray(start, start + chunkSize));
          const file = parser.finish();
          exercise(file, [...offsets, ...offsets.map((offset) => offset & 0xfff0)], architecture);
          // A generous bound that only a hang or a blow-up would break.
          expect(performance.now() - started).toBeLessThan(5000);
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 20_000 },
    );
  });
});
