/**
 * Child process of the stackwalk benchmark: walks one dump once in a fresh process (nothing
 * parsed, JIT cold) and prints one JSON line: the walk's wall and CPU milliseconds and the
 * process's peak RSS in KiB (including Node, tsx and the loaded packages).
 */
import { readFileSync } from 'node:fs';
import { createSymbolSupplier, stackwalkBytes } from '@cairn/minidump';

const [dumpPath, symbolsPath] = process.argv.slice(2) as [string, string];
const bytes = readFileSync(dumpPath);
const cpuBefore = process.cpuUsage();
const started = performance.now();
await stackwalkBytes(bytes, createSymbolSupplier({ symbolPaths: [symbolsPath] }));
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssKib: process.resourceUsage().maxRSS,
  }),
);
