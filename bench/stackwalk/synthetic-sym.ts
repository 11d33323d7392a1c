import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSymbolFile } from '@cairn/minidump';

/** Writes a plausible symbol file of about `targetBytes` (FUNC, lines, PUBLIC, STACK CFI). */
function syntheticSymbolText(targetBytes: number): Buffer {
  const chunks: string[] = [
    'MODULE Linux x86_64 0123456789ABCDEF0123456789ABCDEF0 libsynthetic.so\n',
  ];
  for (let file = 0; file < 2000; file++)
    chunks.push(`FILE ${file} /build/src/dir${file % 50}/file${file}.cpp\n`);
  let size = chunks.reduce((total, chunk) => total + chunk.length, 0);
  let address = 0x1000;
  for (let index = 0; size < targetBytes; index++) {
    let block = `FUNC ${address.toString(16)} 80 0 namespace${index % 97}::Class${index % 1013}::method${index}(int, char const*)\n`;
    for (let line = 0; line < 8; line++) {
      block += `${(address + line * 16).toString(16)} 10 ${100 + line} ${index % 2000}\n`;
    }
    block += `PUBLIC ${(address + 0x80).toString(16)} 0 public_symbol_${index}\n`;
    block += `STACK CFI INIT ${address.toString(16)} 80 .cfa: $rsp 8 + .ra: .cfa -8 + ^\n`;
    block += `STACK CFI ${(address + 1).toString(16)} .cfa: $rsp 16 + $rbp: .cfa -16 + ^\n`;
    chunks.push(block);
    size += block.length;
    address += 0x100;
  }
  return Buffer.from(chunks.join(''));
}

/** Parses of the synthetic file; the median is reported, as for the corpus file. */
const PARSES = 3;

/**
 * Parses a synthetic symbol file of about `targetBytes` from disk PARSES times; reports its
 * size and the median parse's wall and CPU time. (A single parse also paid for collecting the
 * 200 MB of strings the generator had just left behind.)
 */
export async function measureSyntheticSymParse(
  targetBytes: number,
): Promise<{ bytes: number; wallMs: number; cpuMs: number }> {
  const directory = await mkdtemp(path.join(tmpdir(), 'cairn-sym-bench-'));
  try {
    const file = path.join(directory, 'synthetic.sym');
    const bytes = await writeSyntheticFile(file, targetBytes);
    const parses: { wallMs: number; cpuMs: number }[] = [];
    for (let parse = 0; parse < PARSES; parse++) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await readSymbolFile(file);
      const wallMs = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      parses.push({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000 });
    }
    parses.sort((a, b) => a.cpuMs - b.cpuMs);
    return { bytes, ...parses[Math.floor(PARSES / 2)]! };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function writeSyntheticFile(file: string, targetBytes: number): Promise<number> {
  const text = syntheticSymbolText(targetBytes);
  await writeFile(file, text);
  return text.length;
}
