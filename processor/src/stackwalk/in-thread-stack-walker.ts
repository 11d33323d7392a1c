/**
 * A StackWalker that walks in the calling thread. Used by tests and tools; it cannot stop a walk
 * that runs too long (only a worker thread can be terminated), so it reports a time-out only
 * after the walk has finished late.
 */
import { CAIRN_VERSION } from '@cairn/core';
import type { StackWalker } from './stack-walker.js';
import {
  createSymbolSupplierFromSettings,
  type SymbolSettings,
} from './symbol-supplier-options.js';
import { walkDump } from './walk-dump.js';

/** The `stackwalk_version` Cairn's walker reports. */
export const STACKWALK_VERSION = `cairn-minidump ${CAIRN_VERSION}`;

/** Creates a walker that runs in this thread. */
export function createInThreadStackWalker(settings: SymbolSettings): StackWalker {
  const symbolSupplier = createSymbolSupplierFromSettings(settings);
  return {
    version: STACKWALK_VERSION,
    async walk(dump, { timeoutMs }) {
      const started = performance.now();
      const outcome = await walkDump(dump, symbolSupplier);
      return performance.now() - started > timeoutMs ? { kind: 'timed-out' } : outcome;
    },
    close: async () => {},
  };
}
