import { readFile } from 'node:fs/promises';
import { MinidumpError } from '../reader/minidump-error.js';
import { readMinidump } from '../reader/minidump.js';
import type { SymbolSupplier } from '../symbols/suppliers/symbol-supplier.js';
import { processMinidump } from '../process/process-minidump.js';
import { ProcessError } from '../process/process-error.js';
import { toStackwalkJson, type JsonValue } from '../process/stackwalk-json.js';

/** The outcome of a stackwalk: the JSON document, or the reason the dump was refused. */
export type StackwalkResult =
  | { readonly ok: true; readonly json: JsonValue }
  | { readonly ok: false; readonly kind: string; readonly message: string };

/**
 * Reads, walks and renders one dump. A dump the reference refuses becomes `{ ok: false }` with
 * the error's stable kind and the reference's message shape (`<Kind> - Error processing dump: …`).
 */
export async function stackwalkBytes(
  bytes: Uint8Array,
  symbolSupplier?: SymbolSupplier,
): Promise<StackwalkResult> {
  try {
    const dump = readMinidump(bytes);
    const state = await processMinidump(
      dump,
      symbolSupplier === undefined ? {} : { symbolSupplier },
    );
    return { ok: true, json: toStackwalkJson(state) };
  } catch (error) {
    if (error instanceof ProcessError) {
      return {
        ok: false,
        kind: error.kind,
        message: `${error.kind} - Error processing dump: ${error.message}`,
      };
    }
    if (error instanceof MinidumpError) {
      return {
        ok: false,
        kind: error.kind,
        message: `MinidumpReadError - Error processing dump: ${error.kind}: ${error.message}`,
      };
    }
    throw error;
  }
}

/** Options of the `stackwalk` command. */
export interface StackwalkCommandOptions {
  readonly dumpPath: string;
  readonly pretty: boolean;
  readonly symbolSupplier: SymbolSupplier | undefined;
}

/** Runs the command: prints JSON on stdout and returns 0, or prints the refusal on stderr and returns 1. */
export async function runStackwalkCommand(options: StackwalkCommandOptions): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.dumpPath);
  } catch (error) {
    console.error(`cannot read ${options.dumpPath}: ${(error as Error).message}`);
    return 1;
  }
  const result = await stackwalkBytes(bytes, options.symbolSupplier);
  if (!result.ok) {
    console.error(result.message);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(result.json, null, options.pretty ? 2 : undefined)}\n`);
  return 0;
}
