import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { readSymbolFile } from '../parse/read-symbol-file.js';
import { symbolFileRelativePath } from './symbol-path.js';
import {
  type LocatedSymbols,
  type SymbolModule,
  type SymbolSupplier,
  SymbolSupplierError,
} from './symbol-supplier.js';

/** Options of createLocalSymbolSupplier. */
export interface LocalSymbolSupplierOptions {
  /**
   * Symbol-store directories (`<debug file>/<DEBUGID>/<name>.sym`), searched in order, or
   * single `.sym` files, each used for the module whose debug id matches its MODULE line.
   */
  readonly paths: readonly string[];
}

/** Finds symbol files on local disk, like minidump-stackwalk's `--symbols-path`. */
export function createLocalSymbolSupplier(options: LocalSymbolSupplierOptions): SymbolSupplier {
  return {
    async locateSymbols(module: SymbolModule): Promise<LocatedSymbols> {
      const relative = symbolFileRelativePath(module);
      if (relative === null) {
        throw new SymbolSupplierError(
          'missing-debug-info',
          `module ${module.codeFile} has no debug file or debug id`,
        );
      }
      for (const root of options.paths) {
        const kind = await pathKind(root);
        const candidate =
          kind === 'directory'
            ? path.join(root, relative)
            : kind === 'file' && (await moduleIdOf(root)) === module.debugId?.toUpperCase()
              ? root
              : null;
        if (candidate === null || (await pathKind(candidate)) !== 'file') continue;
        try {
          const symbolFile = await readSymbolFile(candidate);
          return { symbolFile, symbolUrl: symbolFile.infoUrl };
        } catch (error) {
          throw new SymbolSupplierError('load-failed', `cannot read ${candidate}`, {
            cause: error,
          });
        }
      }
      throw new SymbolSupplierError('not-found', `no local symbol file ${relative}`);
    },
  };
}

async function pathKind(candidate: string): Promise<'file' | 'directory' | null> {
  try {
    const info = await stat(candidate);
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : null;
  } catch {
    return null;
  }
}

/** The debug id on the MODULE line of a single `.sym` file (upper-cased), or null. */
async function moduleIdOf(file: string): Promise<string | null> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const firstLine = buffer.toString('utf8', 0, bytesRead).split('\n', 1)[0] ?? '';
    const match = /^MODULE[ \t]+\S+[ \t]+\S+[ \t]+([0-9A-Fa-f]+)/.exec(firstLine);
    return match ? match[1]!.toUpperCase() : null;
  } finally {
    await handle.close();
  }
}
