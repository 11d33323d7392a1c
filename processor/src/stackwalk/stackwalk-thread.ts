/**
 * The body of a stack-walking worker thread: builds its own symbol supplier (with its own
 * in-memory cache of parsed symbol files) from the settings it was started with, then walks
 * one dump per message and answers with the outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  createSymbolSupplierFromSettings,
  type SymbolSettings,
} from './symbol-supplier-options.js';
import type { StackwalkOutcome } from './stack-walker.js';
import { walkDump } from './walk-dump.js';

/** A request to the thread. */
export interface StackwalkRequest {
  readonly id: number;
  readonly dump: Uint8Array;
}

/**
 * A walk's outcome as the thread sends it: a walked document goes as its JSON text, which costs
 * both threads less than structured-cloning the object (docs/decisions.md).
 */
export type ThreadOutcome =
  | Exclude<StackwalkOutcome, { kind: 'walked' }>
  | { readonly kind: 'walked-text'; readonly jsonText: string };

/** The thread's answer. */
export interface StackwalkResponse {
  readonly id: number;
  readonly outcome: ThreadOutcome;
}

/** The outcome to send for a walk. */
function threadOutcome(outcome: Exclude<StackwalkOutcome, { kind: 'timed-out' }>): ThreadOutcome {
  if (outcome.kind !== 'walked') return outcome;
  try {
    return { kind: 'walked-text', jsonText: JSON.stringify(outcome.json) };
  } catch (error) {
    return {
      kind: 'crashed',
      errorName: error instanceof Error ? error.name : typeof error,
      message: `the stack walker's document is not JSON: ${String(error)}`,
    };
  }
}

const port = parentPort;
if (port) {
  const symbolSupplier = createSymbolSupplierFromSettings(workerData as SymbolSettings);
  port.on('message', (request: StackwalkRequest) => {
    void walkDump(request.dump, symbolSupplier).then((outcome) => {
      const response: StackwalkResponse = { id: request.id, outcome: threadOutcome(outcome) };
      port.postMessage(response);
    });
  });
}
