import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { createSymbolFileParser } from '../parse/symbol-file-parser.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import type { CacheFileWriter, DiskSymbolCache } from './disk-cache.js';
import { NegativeCache } from './negative-cache.js';
import { leafName, symbolFileRelativePath } from './symbol-path.js';
import {
  type LocatedSymbols,
  type SymbolModule,
  type SymbolSupplier,
  SymbolSupplierError,
} from './symbol-supplier.js';

/** Options of createHttpSymbolSupplier. */
export interface HttpSymbolSupplierOptions {
  /** Symbol server base URLs, tried in order (same layout as a local symbol store). */
  readonly urls: readonly string[];
  /** Where successful downloads are saved; null to keep nothing on disk. @defaultValue null */
  readonly cache?: DiskSymbolCache | null;
  /** Time allowed for one download, headers and body, in milliseconds. @defaultValue 120000 */
  readonly timeoutMs?: number;
  /** Downloads running at once across all modules. @defaultValue 4 */
  readonly maxConcurrentDownloads?: number;
  /** How long a miss (403/404/410 or a corrupt file) is remembered, in ms; 0 disables. @defaultValue 600000 */
  readonly negativeCacheTtlMs?: number;
  /** Bound on remembered misses. @defaultValue 10000 */
  readonly maxNegativeCacheEntries?: number;
  /** HTTP client. @defaultValue globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Clock in milliseconds, for the negative cache. @defaultValue Date.now */
  readonly now?: () => number;
}

/** Statuses that mean "this server does not have the file" (S3 answers 403 for missing keys). */
const MISSING_STATUSES = new Set([403, 404, 410]);

type DownloadOutcome =
  | { readonly kind: 'found'; readonly located: LocatedSymbols }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Downloads symbol files from HTTP symbol servers (Tecken, S3 buckets…), like
 * minidump-stackwalk's `--symbols-url`: `GET <base>/<relative path>?code_file=…&code_id=…`,
 * gzip accepted (Content-Encoding or a gzip body), parsed while streaming and saved to the
 * disk cache. A download the reference would reject as corrupt is a miss, like a 404.
 */
export function createHttpSymbolSupplier(options: HttpSymbolSupplierOptions): SymbolSupplier {
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const limit = new ConcurrencyLimit(options.maxConcurrentDownloads ?? 4);
  const misses = new NegativeCache(
    options.negativeCacheTtlMs ?? 600_000,
    options.maxNegativeCacheEntries ?? 10_000,
    options.now ?? Date.now,
  );
  const inFlight = new Map<string, Promise<LocatedSymbols>>();

  async function download(
    url: string,
    relativePath: string,
    signal: AbortSignal | undefined,
  ): Promise<DownloadOutcome> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let writer: CacheFileWriter | null = null;
    try {
      const response = await fetchImplementation(url, { signal: combined });
      if (!response.ok) {
        await response.body?.cancel();
        if (MISSING_STATUSES.has(response.status)) return { kind: 'missing' };
        return { kind: 'failed', error: new Error(`HTTP ${response.status} from ${url}`) };
      }
      writer = options.cache
        ? await options.cache.createWriter(relativePath).catch(() => null)
        : null;
      const sizeHint = Number(response.headers.get('content-length') ?? 0) || 0;
      const parser = createSymbolFileParser({ sizeHintBytes: sizeHint });
      for await (const chunk of decodedBody(response.body)) {
        parser.write(chunk);
        if (writer) {
          // Caching is optional: a failing disk must not lose the download.
          await writer.write(chunk).catch(async () => {
            await writer?.abort().catch(() => undefined);
            writer = null;
          });
        }
      }
      const symbolFile = parser.finish();
      if (writer) {
        const pending: CacheFileWriter = writer;
        writer = null;
        await (symbolFile.stats.corrupt ? pending.abort() : pending.commit(url)).catch(
          () => undefined,
        );
      }
      // The reference moves on to the next server when a download does not parse, and ends
      // with "not found": a corrupt download counts as a miss.
      if (symbolFile.stats.corrupt) return { kind: 'missing' };
      return { kind: 'found', located: { symbolFile, symbolUrl: url } };
    } catch (error) {
      await (writer as CacheFileWriter | null)?.abort().catch(() => undefined);
      return { kind: 'failed', error };
    }
  }

  async function locate(
    module: SymbolModule,
    relativePath: string,
    signal: AbortSignal | undefined,
  ): Promise<LocatedSymbols> {
    let failure: unknown = null;
    for (const base of options.urls) {
      const url = symbolUrl(base, relativePath, module);
      if (misses.has(url)) continue;
      const outcome = await limit.run(() => download(url, relativePath, signal));
      if (outcome.kind === 'found') return outcome.located;
      if (outcome.kind === 'missing') misses.remember(url, true);
      else failure = outcome.error;
    }
    if (failure !== null) {
      throw new SymbolSupplierError('load-failed', `downloading ${relativePath} failed`, {
        cause: failure,
      });
    }
    throw new SymbolSupplierError('not-found', `no symbol server has ${relativePath}`);
  }

  return {
    locateSymbols(module: SymbolModule, signal?: AbortSignal): Promise<LocatedSymbols> {
      const relativePath = symbolFileRelativePath(module);
      if (relativePath === null) {
        return Promise.reject(
          new SymbolSupplierError(
            'missing-debug-info',
            `module ${module.codeFile} has no debug file or debug id`,
          ),
        );
      }
      // Concurrent requests for the same file share one download.
      const existing = inFlight.get(relativePath);
      if (existing) return existing;
      const pending = locate(module, relativePath, signal).finally(() =>
        inFlight.delete(relativePath),
      );
      inFlight.set(relativePath, pending);
      return pending;
    },
  };
}

/** `<base>/<relative path>?code_file=<code file leaf>&code_id=<code id>`, as the reference sends. */
export function symbolUrl(base: string, relativePath: string, module: SymbolModule): string {
  const url = new URL(relativePath, base.endsWith('/') ? base : `${base}/`);
  url.searchParams.append('code_file', leafName(module.codeFile));
  url.searchParams.append('code_id', module.codeId ?? '');
  return url.toString();
}

/** The response body, gunzipped when it is a gzip stream served without Content-Encoding. */
async function* decodedBody(body: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> {
  if (body === null) return;
  const iterator = bodyChunks(body);
  const first = await iterator.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
    yield first.value;
    yield* rest;
    return;
  }
  const compressed = Readable.from(
    (async function* () {
      yield first.value;
      yield* rest;
    })(),
  );
  const gunzip = createGunzip();
  compressed.on('error', (error) => gunzip.destroy(error));
  yield* compressed.pipe(gunzip) as AsyncIterable<Uint8Array>;
}

/**
 * The chunks of a fetch body, read through `getReader` (every ReadableStream typing has it;
 * async iteration is missing from the DOM one, which a program mixing browser code may load).
 */
async function* bodyChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Frees the connection when the consumer stops early; a no-op once the body was read. A
    // body that already failed rejects here, and its error is the one the caller has seen.
    await reader.cancel().catch(() => undefined);
  }
}
