/**
 * One walk with @cairn/minidump, shared by the in-thread walker and the worker threads: the
 * stack walker's refusals and unexpected failures become outcomes instead of exceptions.
 */
import { stackwalkBytes, type SymbolSupplier } from '@cairn/minidump';
import type { StackwalkOutcome } from './stack-walker.js';

/** Walks `dump` with `symbolSupplier` (none: no symbolication). */
export async function walkDump(
  dump: Uint8Array,
  symbolSupplier: SymbolSupplier | undefined,
): Promise<Exclude<StackwalkOutcome, { kind: 'timed-out' }>> {
  try {
    const result = await stackwalkBytes(dump, symbolSupplier);
    return result.ok
      ? { kind: 'walked', json: result.json as Record<string, unknown> }
      : { kind: 'refused', reason: result.kind, message: result.message };
  } catch (error) {
    return {
      kind: 'crashed',
      errorName: error instanceof Error ? error.name : typeof error,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
