/** Child process of the stackwalk benchmark: walks one dump cold and prints its peak RSS in KiB. */
import { readFileSync } from 'node:fs';
import { createSymbolSupplier, stackwalkBytes } from '@cairn/minidump';

const [dumpPath, symbolsPath] = process.argv.slice(2) as [string, string];
await stackwalkBytes(readFileSync(dumpPath), createSymbolSupplier({ symbolPaths: [symbolsPath] }));
console.log(process.resourceUsage().maxRSS);
