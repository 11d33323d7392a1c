import { readFile } from 'node:fs/promises';
import { readMinidump, type Minidump } from './minidump.js';

/** Reads a minidump from disk: the file edge around `readMinidump`, which takes bytes. */
export async function readMinidumpFile(path: string): Promise<Minidump> {
  return readMinidump(await readFile(path));
}
