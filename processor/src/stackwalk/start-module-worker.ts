/**
 * Starts a worker thread on one of this package's modules, whether it runs compiled (`.js`, as
 * bin/cairn does) or from source (`.ts`, as tests and `npm run` scripts do). Worker threads do
 * not inherit the TypeScript loader hooks of the main thread, so a `.ts` module is loaded
 * through tsx's register API first.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Starts `moduleUrl` in a new worker thread. */
export function startModuleWorker(moduleUrl: URL, options: WorkerOptions): Worker {
  if (!moduleUrl.pathname.endsWith('.ts')) return new Worker(moduleUrl, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
