/**
 * The initial JavaScript of a built SPA: the entry script and the modules index.html preloads,
 * gzipped (what a browser downloads before the first page renders). Page chunks load later.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes in bytes. */
export interface BundleSizes {
  readonly initialJsFiles: readonly string[];
  readonly initialJsBytes: number;
  readonly initialJsGzipBytes: number;
  readonly cssGzipBytes: number;
  /** Every other JavaScript chunk (pages loaded on demand), gzipped. */
  readonly lazyJsGzipBytes: number;
}

const gzippedSize = async (file: string) => gzipSync(await readFile(file)).length;

/** Measures the build in `distDir`. */
export async function measureBundle(distDir: string): Promise<BundleSizes> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1]!.replace(/^\//, ''));
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) =>
    match[1]!.replace(/^\//, ''),
  );
  const all = (await readdir(path.join(distDir, 'assets'))).map((name) => `assets/${name}`);
  const sum = async (files: readonly string[]) =>
    (await Promise.all(files.map((file) => gzippedSize(path.join(distDir, file))))).reduce(
      (a, b) => a + b,
      0,
    );
  let initialJsBytes = 0;
  for (const file of initial) initialJsBytes += (await readFile(path.join(distDir, file))).length;
  return {
    initialJsFiles: initial,
    initialJsBytes,
    initialJsGzipBytes: await sum(initial),
    cssGzipBytes: await sum(styles),
    lazyJsGzipBytes: await sum(
      all.filter((file) => file.endsWith('.js') && !initial.includes(file)),
    ),
  };
}
