/**
 * `npm run conformance [-- <suite>...]`: runs the conformance suites against the shared data
 * (CAIRN_CONFORMANCE_DIR, default ../shared) and prints one line per suite:
 * `conformance <suite>: N passed, M failed`. Exit code 1 when any case failed.
 *
 * A suite is a module exporting `runConformance(dataDir)`; add it to SUITES below.
 */
import path from 'node:path';

/** What a suite reports. */
export interface ConformanceReport {
  readonly passed: number;
  readonly failed: number;
  /** One line per failed case: its name and what differed. */
  readonly failures: readonly string[];
}

type Suite = () => Promise<{ runConformance(dataDir: string): Promise<ConformanceReport> }>;

const SUITES: Record<string, Suite> = {
  stackwalk: () => import('../minidump/test/conformance/stackwalk-suite.js'),
  symbols: () => import('../minidump/test/symbols/conformance/symbols-suite.js'),
  signature: () => import('../processor/test/signature/signature-conformance.js'),
  collector: () => import('../collector/test/conformance/run-conformance.js'),
  search: () => import('../core/test/contracts/search-conformance.js'),
  api: () => import('../api/test/conformance/api-conformance.js'),
  processor: () => import('../processor/test/conformance/processor-conformance.js'),
};

const dataDir = path.resolve(
  process.env.CAIRN_CONFORMANCE_DIR ?? path.join(process.cwd(), '..', 'shared'),
);
const verbose = process.argv.includes('--verbose');
const requested = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const unknown = requested.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(
    `unknown suite ${unknown.join(', ')}; suites: ${Object.keys(SUITES).join(', ') || '(none yet)'}`,
  );
  process.exit(2);
}

let anyFailed = false;
for (const name of requested.length > 0 ? requested : Object.keys(SUITES)) {
  const report = await (await SUITES[name]!()).runConformance(dataDir);
  console.log(`conformance ${name}: ${report.passed} passed, ${report.failed} failed`);
  if (verbose) for (const failure of report.failures) console.log(`  ${failure}`);
  anyFailed ||= report.failed > 0;
}
process.exitCode = anyFailed ? 1 : 0;
