/**
 * `npm run bench -- spa [--threads=100] [--frames=50] [--rounds=5]`: the SPA's budgets
 * (issue 8). Builds the SPA, reports its initial JavaScript gzipped (budget 250 KB), then
 * serves it from the real API on embedded adapters with one synthetic crash of `threads` ×
 * `frames` frames and times the report page in Debian's Chromium (budget 500 ms).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildApi } from '@cairn/api';
import {
  createAppDb,
  createCrashId,
  createCrashQueue,
  createCrashStorage,
  createLogger,
  createSearchIndex,
  loadConfig,
} from '@cairn/core';
import { measureBundle } from './measure-bundle.js';
import { measureReportRender } from './measure-report-render.js';
import { buildSyntheticCrash } from './synthetic-crash.js';

const INITIAL_JS_BUDGET_BYTES = 250 * 1024;
const REPORT_RENDER_BUDGET_MS = 500;

function option(args: readonly string[], name: string, fallback: number): number {
  const value = args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  return value === undefined ? fallback : Number(value);
}

async function buildInto(outDir: string): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      path.resolve('node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: path.resolve('frontend'), stdio: 'inherit' },
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error('vite build failed');
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Runs the benchmark and prints its report. */
export async function runBenchmark(args: readonly string[]): Promise<void> {
  const threads = option(args, 'threads', 100);
  const frames = option(args, 'frames', 50);
  const rounds = option(args, 'rounds', 5);
  const workDir = await mkdtemp(path.join(tmpdir(), 'cairn-bench-spa-'));
  const distDir = path.join(workDir, 'dist');
  try {
    await buildInto(distDir);
    const bundle = await measureBundle(distDir);
    console.log(`initial JavaScript: ${bundle.initialJsFiles.join(', ')}`);
    console.log(
      `  ${kib(bundle.initialJsBytes)} raw, ${kib(bundle.initialJsGzipBytes)} gzip (budget ${kib(INITIAL_JS_BUDGET_BYTES)}: ${bundle.initialJsGzipBytes <= INITIAL_JS_BUDGET_BYTES ? 'within' : 'OVER'})`,
    );
    console.log(
      `  CSS ${kib(bundle.cssGzipBytes)} gzip; pages loaded on demand ${kib(bundle.lazyJsGzipBytes)} gzip in all`,
    );

    const config = loadConfig({
      CAIRN_DATA_DIR: path.join(workDir, 'data'),
      CAIRN_API_RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
      CAIRN_API_SEARCH_RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    });
    const storage = createCrashStorage(config);
    const searchIndex = createSearchIndex(config);
    const appDb = createAppDb(config);
    const queue = createCrashQueue(config);
    await appDb.migrate();
    const crashId = createCrashId(new Date());
    const crash = buildSyntheticCrash(crashId, threads, frames, new Date());
    await storage.saveRawCrash(
      crashId,
      crash.raw,
      new Map([['upload_file_minidump', new Uint8Array([0x4d, 0x44, 0x4d, 0x50])]]),
    );
    await storage.saveProcessedCrash(crashId, crash.processed);
    const app = await buildApi({
      storage,
      searchIndex,
      appDb,
      queue,
      config: config.api,
      logger: createLogger({ level: 'warn' }),
      staticDir: distDir,
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    try {
      const times = await measureReportRender(browser, address, crashId, threads, rounds);
      const report = times.map((time) => time.reportMs);
      console.log(
        `report page, ${threads} threads × ${frames} frames (${times[0]?.rows} rows with every thread shown), ${rounds} rounds:`,
      );
      console.log(
        `  answer → crashing thread painted: median ${median(report).toFixed(0)} ms, min ${Math.min(...report).toFixed(0)}, max ${Math.max(...report).toFixed(0)} (budget ${REPORT_RENDER_BUDGET_MS} ms: ${median(report) <= REPORT_RENDER_BUDGET_MS ? 'within' : 'OVER'})`,
      );
      console.log(
        `  navigation → painted (catalog and crash queries included): median ${median(times.map((time) => time.navigationMs)).toFixed(0)} ms`,
      );
      console.log(
        `  "Show other threads" → all ${threads} threads painted: median ${median(times.map((time) => time.allThreadsMs)).toFixed(0)} ms`,
      );
    } finally {
      await browser.close();
      await app.close();
      await Promise.all([storage.close?.(), searchIndex.close(), appDb.close(), queue.close()]);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
