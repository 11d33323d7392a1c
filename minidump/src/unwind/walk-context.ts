import type { Os } from '../format/platform.js';
import type { MinidumpModule } from '../reader/streams/module-list.js';
import type { SymbolFile } from '../symbols/symbol-file.js';
import type { ModuleMap } from './module-map.js';
import type { StackFrame } from './stack-frame.js';
import type { StackMemory } from './stack-memory.js';

/**
 * Where the walker gets symbols. Implementations load a module's file on first use, remember
 * that it was requested (for the module statistics), and return null when there are no usable
 * symbols (not found, or corrupt).
 */
export interface SymbolSource {
  symbolsFor(module: MinidumpModule): SymbolFile | null | Promise<SymbolFile | null>;
}

/** Everything an architecture's unwinder needs besides the frames themselves. */
export interface WalkContext {
  readonly os: Os;
  readonly stack: StackMemory;
  readonly modules: ModuleMap;
  readonly symbols: SymbolSource;
}

/** The frames an unwinder looks at: the one to unwind and the one below it, if any. */
export interface CalleeFrames {
  readonly callee: StackFrame;
  /** The callee's own callee (frame n−1); undefined when the callee is the context frame. */
  readonly grandCallee: StackFrame | undefined;
}

/** Resolves a SymbolSource answer that may or may not be a promise, without an extra await. */
export async function symbolsOf(
  source: SymbolSource,
  module: MinidumpModule,
): Promise<SymbolFile | null> {
  const symbols = source.symbolsFor(module);
  return symbols instanceof Promise ? await symbols : symbols;
}
