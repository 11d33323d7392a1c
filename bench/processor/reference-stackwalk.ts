/**
 * The reference approach's cost per crash: one `minidump-stackwalk --json` process per dump,
 * with the arguments Socorro's MinidumpStackwalkRule passes and with the fewest that produce the
 * document. Measured with bash's `times`, which reports the CPU time of every finished child, so
 * crashes per CPU second compare fairly with Cairn's. This is only the stack walk: the
 * reference's Python rules and saves come on top of it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the minidump engineer's benchmark installs rust-minidump. */
export const RUST_STACKWALK = '/var/cache/cairn/rust-minidump/bin/minidump-stackwalk';

/** What a reference run measured. */
export interface ReferenceRun {
  readonly crashes: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
}

/** Whether the reference stack walker is installed. */
export function hasReferenceStackwalk(): boolean {
  return existsSync(RUST_STACKWALK);
}

/**
 * Walks every dump path with one process each, `parallel` at a time, with the fewest arguments:
 * the document to `/dev/null`, no raw crash, no log file.
 */
export function runReferenceStackwalk(
  dumpPaths: readonly string[],
  symbolsPath: string,
  parallel: number,
): ReferenceRun {
  // A dump the walker refuses (the corpus has one) exits 1; that is part of the work, not a failure.
  return timeChildren(
    `printf '%s\\0' "$@" | xargs -0 -P ${parallel} -I{} "${RUST_STACKWALK}" --json --output-file /dev/null {} "${symbolsPath}" 2>/dev/null || true`,
    dumpPaths,
  );
}

/**
 * As runReferenceStackwalk, with the arguments Socorro's MinidumpStackwalkRule passes
 * (research/socorro-processor.md §1.4): the raw crash through `--evil-json`, the document and
 * the log written to files in a temporary directory, `--verbose=error`. `prefixes` name one
 * stem per crash under that directory, where `<stem>.dmp` (a link to the dump) and
 * `<stem>.json` (its raw crash) exist already; writing those, reading the output back and
 * deleting the files are left out, so the figure still favours the reference.
 */
export function runReferenceStackwalkAsSocorro(
  prefixes: readonly string[],
  symbolsPath: string,
  parallel: number,
): ReferenceRun {
  return timeChildren(
    `printf '%s\\0' "$@" | xargs -0 -P ${parallel} -I{} "${RUST_STACKWALK}" --evil-json={}.json --no-color --output-file={}.out.json --log-file={}.log --json --verbose=error {}.dmp "${symbolsPath}" 2>/dev/null || true`,
    prefixes,
  );
}

/** Runs `command` in bash with `items` as its arguments; the CPU time of its children. */
function timeChildren(command: string, items: readonly string[]): ReferenceRun {
  const script = [command, 'times'].join('\n');
  const started = performance.now();
  const result = spawnSync('bash', ['-c', script, 'reference', ...items], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`the reference run failed: ${result.stderr.slice(0, 500)}`);
  }
  // `times` prints the shell's user/system time, then its children's: "0m1.234s 0m0.567s".
  const childLine = result.stdout.trim().split('\n').at(-1) ?? '';
  const seconds = [...childLine.matchAll(/(\d+)m([\d.]+)s/g)].map(
    ([, minutes, rest]) => Number(minutes) * 60 + Number(rest),
  );
  return {
    crashes: items.length,
    wallSeconds,
    cpuSeconds: seconds.reduce((sum, value) => sum + value, 0),
  };
}
