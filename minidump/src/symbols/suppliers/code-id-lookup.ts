import { NegativeCache } from './negative-cache.js';
import { leafName } from './symbol-path.js';
import type { DiscoveredDebugInfo, SymbolModule } from './symbol-supplier.js';

/** Options of createCodeIdLookup. */
export interface CodeIdLookupOptions {
  /** Symbol server base URLs, tried in order. */
  readonly urls: readonly string[];
  /** Time allowed for one request, in milliseconds. @defaultValue 120000 */
  readonly timeoutMs?: number;
  /** How long a failed lookup is remembered, in milliseconds. @defaultValue 600000 */
  readonly negativeCacheTtlMs?: number;
  /** HTTP client. @defaultValue globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Clock in milliseconds. @defaultValue Date.now */
  readonly now?: () => number;
}

/**
 * `<code file leaf>/<CODE ID>/<code file leaf with .dll replaced by .sym>`: where a symbol server
 * that indexes code ids (Tecken) answers with a redirect to the real symbol file. Null without a
 * code file or code id.
 */
export function codeIdRelativePath(module: SymbolModule): string | null {
  if (module.codeId === null || module.codeId === '' || module.codeFile === '') return null;
  const leaf = leafName(module.codeFile);
  const parts = leaf.split('.');
  if (parts.length > 1 && parts[parts.length - 1]!.toLowerCase() === 'dll') parts.pop();
  parts.push('sym');
  return `${leaf}/${module.codeId.toUpperCase()}/${parts.join('.')}`;
}

/**
 * Finds the debug file and debug id of a module that has none (Windows modules without a
 * CodeView record) the way the reference does: request the code-id path without following
 * redirects; a 301/302 whose Location ends in `<debug file>/<debug id>/<file>` names them.
 */
export function createCodeIdLookup(
  options: CodeIdLookupOptions,
): (module: SymbolModule, signal?: AbortSignal) => Promise<DiscoveredDebugInfo | null> {
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  const misses = new NegativeCache(
    options.negativeCacheTtlMs ?? 600_000,
    10_000,
    options.now ?? Date.now,
  );
  return async (module, signal) => {
    const relativePath = codeIdRelativePath(module);
    if (relativePath === null) return null;
    for (const base of options.urls) {
      const url = new URL(relativePath, base.endsWith('/') ? base : `${base}/`).toString();
      if (misses.has(url)) continue;
      const timeout = AbortSignal.timeout(options.timeoutMs ?? 120_000);
      try {
        const response = await fetchImplementation(url, {
          redirect: 'manual',
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        await response.body?.cancel();
        const found =
          response.status === 301 || response.status === 302
            ? debugInfoFromLocation(response.headers.get('location'))
            : null;
        if (found) return found;
        misses.remember(url, true);
      } catch {
        // Network trouble: try the next server; nothing is remembered.
      }
    }
    return null;
  };
}

/** `…/<debug file>/<debug id>/<file>` → debug file and id (id normalized as Breakpad prints it). */
export function debugInfoFromLocation(location: string | null): DiscoveredDebugInfo | null {
  if (location === null) return null;
  const path = location.replace(/[?#].*$/, '');
  const parts = path.split('/');
  const debugId = parts[parts.length - 2];
  const debugFile = parts[parts.length - 3];
  if (debugId === undefined || debugFile === undefined || debugFile === '') return null;
  const match = /^([0-9a-fA-F]{32})([0-9a-fA-F]{1,8})$/.exec(debugId);
  if (!match) return null;
  const age = Number.parseInt(match[2]!, 16).toString(16);
  let decodedFile: string;
  try {
    decodedFile = decodeURIComponent(debugFile);
  } catch {
    return null;
  }
  return { debugFile: decodedFile, debugId: `${match[1]!.toUpperCase()}${age}` };
}
