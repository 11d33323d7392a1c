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

/** The thread's answer. */
export interface StackwalkResponse {
  readonly id: number;
  readonly outcome: StackwalkOutcome;
}

const port = parentPort;
if (port) {
  const symbolSupplier = createSymbolSupplierFromSettings(workerData as SymbolSettings);
  port.on('message', (request: StackwalkRequest) => {
    void walkDump(request.dump, symbolSupplier).then((outcome) => {
      const response: StackwalkResponse = { id: request.id, outcome };
      port.postMessage(response);
    });
  });
}
