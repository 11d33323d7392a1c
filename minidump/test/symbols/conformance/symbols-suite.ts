/**
 * Conformance suite `symbols`: replays the symbol lookups behind every frame of the corpus's
 * expected stackwalk JSON (with symbols) and compares function, offsets, file, line and inlines,
 * plus each module's loaded/corrupt statistics. A dump passes when all of them match.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createLocalSymbolSupplier } from '../../../src/symbols/suppliers/local-supplier.js';
import type { SymbolFile } from '../../../src/symbols/symbol-file.js';
import { SymbolSupplierError } from '../../../src/symbols/suppliers/symbol-supplier.js';

interface ExpectedFrame {
  readonly frame: number;
  readonly module: string | null;
  readonly module_offset: string | null;
  readonly function: string | null;
  readonly function_offset: string | null;
  readonly file: string | null;
  readonly line: number | null;
  readonly inlines:
    readonly { function: string; file: string | null; line: number | null }[] | null;
}

interface ExpectedModule {
  readonly filename: string;
  readonly code_id: string;
  readonly debug_file: string;
  readonly debug_id: string;
  readonly loaded_symbols: boolean;
  readonly corrupt_symbols: boolean;
}

interface ExpectedDump {
  readonly modules: readonly ExpectedModule[];
  readonly threads: readonly { readonly frames: readonly ExpectedFrame[] }[];
}

/** Same shape as scripts/conformance.ts expects. */
export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly string[];
}

/** Runs the suite over `<dataDir>/minidumps`. */
export async function runConformance(dataDir: string): Promise<ConformanceReport> {
  const corpus = path.join(dataDir, 'minidumps');
  const supplier = createLocalSymbolSupplier({ paths: [path.join(corpus, 'symbols')] });
  const names = (await readdir(path.join(corpus, 'expected')))
    .filter(
      (name) => name.endsWith('.json') && !name.endsWith('.nosym.json') && !/\.v\d/.test(name),
    )
    .sort();
  const failures: string[] = [];
  let passed = 0;
  for (const name of names) {
    const dump = JSON.parse(
      await readFile(path.join(corpus, 'expected', name), 'utf8'),
    ) as ExpectedDump;
    const problems = await checkDump(dump, supplier);
    if (problems.length === 0) passed++;
    else failures.push(`${name}: ${problems.slice(0, 5).join('; ')}`);
  }
  return { passed, failed: failures.length, failures };
}

async function checkDump(
  dump: ExpectedDump,
  supplier: ReturnType<typeof createLocalSymbolSupplier>,
): Promise<string[]> {
  const problems: string[] = [];
  const files = new Map<string, SymbolFile | null>();
  for (const module of dump.modules) {
    if (!module.loaded_symbols || files.has(module.filename)) continue;
    try {
      const located = await supplier.locateSymbols({
        codeFile: module.filename,
        codeId: module.code_id,
        debugFile: module.debug_file,
        debugId: module.debug_id,
      });
      const corrupt = located.symbolFile.stats.corrupt;
      if (corrupt !== module.corrupt_symbols) {
        problems.push(`${module.filename}: corrupt ${corrupt}, expected ${module.corrupt_symbols}`);
      }
      files.set(module.filename, corrupt ? null : located.symbolFile);
    } catch (error) {
      const kind = error instanceof SymbolSupplierError ? error.kind : String(error);
      problems.push(`${module.filename}: expected loaded symbols, got ${kind}`);
    }
  }
  dump.threads.forEach((thread, threadIndex) => {
    for (const frame of thread.frames) {
      const file = frame.module === null ? undefined : files.get(frame.module);
      if (!file || frame.module_offset === null) continue;
      const actual = describeFrame(file, BigInt(frame.module_offset));
      const expected = {
        function: frame.function,
        function_offset: frame.function_offset === null ? null : BigInt(frame.function_offset),
        file: frame.file,
        line: frame.line,
        inlines:
          frame.inlines?.map((inline) => ({
            function: inline.function,
            file: inline.file,
            line: inline.line,
          })) ?? null,
      };
      const show = (value: unknown): string =>
        JSON.stringify(value, (_, item: unknown) =>
          typeof item === 'bigint' ? `0x${item.toString(16)}` : item,
        );
      if (!isDeepStrictEqual(actual, expected)) {
        problems.push(
          `thread ${threadIndex} frame ${frame.frame}: got ${show(actual)}, expected ${show(expected)}`,
        );
      }
    }
  });
  return problems;
}

/** The frame fields the reference derives from a symbol lookup. */
function describeFrame(file: SymbolFile, moduleOffset: bigint): unknown {
  const lookup = file.lookupSymbol(moduleOffset);
  return {
    function: lookup?.functionName ?? null,
    function_offset: lookup ? moduleOffset - lookup.functionBase : null,
    file: lookup?.sourceFile ?? null,
    line: lookup?.sourceLine ?? null,
    inlines:
      lookup && lookup.inlines.length > 0
        ? lookup.inlines.map((inline) => ({
            function: inline.functionName,
            file: inline.sourceFile,
            line: inline.sourceLine,
          }))
        : null,
  };
}
