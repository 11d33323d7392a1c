import type { Os } from '../format/platform.js';
import type { MinidumpModule } from '../reader/streams/module-list.js';
import type { SymbolFile } from '../symbols/symbol-file.js';
import type {
  DiscoveredDebugInfo,
  LocatedSymbols,
  SymbolModule,
  SymbolSupplier,
} from '../symbols/suppliers/symbol-supplier.js';
import type { SymbolSource } from '../unwind/walk-context.js';
import { basename, codeIdOf, debugFileOf, debugIdOf } from './module-identity.js';

/** What happened when a module's symbols were requested (the JSON's module statistics). */
export interface SymbolStats {
  readonly loadedSymbols: boolean;
  readonly corruptSymbols: boolean;
  readonly symbolUrl: string | null;
  /**
   * Debug file and id a symbol server supplied for a module that had none, when the file they
   * name was loaded and is not corrupt (the reference keeps them only for a successful load);
   * the JSON then prints them as the module's `debug_file` / `debug_id`.
   */
  readonly discoveredDebugInfo: DiscoveredDebugInfo | null;
}

/**
 * The walker's symbol source over a supplier: each module's file is located once, statistics are
 * recorded for every module that was asked for (keyed by code-file basename, as the reference
 * does), and corrupt files count as loaded but are never used.
 */
export class ModuleSymbols implements SymbolSource {
  /** Statistics by module basename, only for modules whose symbols were requested. */
  readonly stats = new Map<string, SymbolStats>();
  private readonly files = new Map<
    MinidumpModule,
    Promise<SymbolFile | null> | SymbolFile | null
  >();

  constructor(
    private readonly supplier: SymbolSupplier | undefined,
    private readonly os: Os,
    private readonly littleEndian: boolean,
  ) {}

  symbolsFor(module: MinidumpModule): SymbolFile | null | Promise<SymbolFile | null> {
    const supplier = this.supplier;
    if (supplier === undefined) return null;
    const known = this.files.get(module);
    if (known !== undefined) return known;
    const request = this.requestFor(module);
    const answer = supplier.knownSymbols?.(request);
    if (answer !== undefined) {
      const file = this.record(module, 'kind' in answer ? null : answer);
      this.files.set(module, file);
      return file;
    }
    const pending = supplier.locateSymbols(request).then(
      (located) => this.record(module, located),
      () => this.record(module, null),
    );
    this.files.set(module, pending);
    return pending;
  }

  /** The supplier's view of a module: ids as the JSON prints them, the name as debug file for ELF. */
  private requestFor(module: MinidumpModule): SymbolModule {
    const debugFile = debugFileOf(module);
    return {
      codeFile: module.name,
      codeId: codeIdOf(module, this.os, this.littleEndian)?.toLowerCase() ?? null,
      debugFile: debugFile === undefined || debugFile === '' ? module.name : debugFile,
      debugId: debugIdOf(module, this.littleEndian) ?? null,
    };
  }

  /** Records the module's statistics and settles its file (null: none found, or corrupt). */
  private record(module: MinidumpModule, located: LocatedSymbols | null): SymbolFile | null {
    const corrupt = located?.symbolFile.stats.corrupt ?? false;
    this.stats.set(basename(module.name), {
      loadedSymbols: located !== null,
      corruptSymbols: corrupt,
      symbolUrl: located?.symbolUrl ?? null,
      discoveredDebugInfo: corrupt ? null : (located?.discoveredDebugInfo ?? null),
    });
    const file = located === null || corrupt ? null : located.symbolFile;
    this.files.set(module, file);
    return file;
  }
}
