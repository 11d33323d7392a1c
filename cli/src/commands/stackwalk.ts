/** `cairn stackwalk`: walk a minidump and print `minidump-stackwalk --json` compatible output. */
import type { Command } from 'commander';
import { createSymbolSupplier, runStackwalkCommand } from '@cairn/minidump';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface StackwalkCliOptions {
  readonly symbolsPath: string[];
  readonly symbolsUrl: string[];
  readonly symbolsCache?: string;
  readonly pretty?: boolean;
  readonly json?: boolean;
}

/** Registers `cairn stackwalk`. */
export function registerStackwalkCommand(program: Command): void {
  program
    .command('stackwalk')
    .description('Walk the stacks of a minidump and print JSON like minidump-stackwalk --json')
    .argument('<dump>', 'minidump file')
    .argument('[symbol-paths...]', 'local symbol stores (same as --symbols-path)')
    .option('--symbols-path <dir>', 'local symbol store or .sym file (repeatable)', collect, [])
    .option('--symbols-url <url>', 'symbol server base URL (repeatable)', collect, [])
    .option('--symbols-cache <dir>', 'where downloaded symbol files are cached')
    .option('--json', 'print JSON (the only output format; accepted for compatibility)')
    .option('--pretty', 'indent the JSON')
    .action(async (dump: string, symbolPaths: string[], options: StackwalkCliOptions) => {
      const paths = [...symbolPaths, ...options.symbolsPath];
      const useSymbols = paths.length > 0 || options.symbolsUrl.length > 0;
      const symbolSupplier = useSymbols
        ? createSymbolSupplier({
            symbolPaths: paths,
            symbolUrls: options.symbolsUrl,
            ...(options.symbolsCache === undefined ? {} : { cacheDirectory: options.symbolsCache }),
          })
        : undefined;
      process.exitCode = await runStackwalkCommand({
        dumpPath: dump,
        pretty: options.pretty === true,
        symbolSupplier,
      });
    });
}
