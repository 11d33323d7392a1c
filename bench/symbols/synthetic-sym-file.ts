import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same file. */
function createRandom(seed: number): (limit: number) => number {
  let state = seed >>> 0;
  return (limit) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return (((value ^ (value >>> 14)) >>> 0) % limit) >>> 0;
  };
}

const NAMESPACES = [
  'mozilla',
  'js',
  'nsDocShell',
  'std',
  'icu_73',
  'webrender',
  'skia',
  'mozilla::dom',
];
const WORDS = [
  'Process',
  'Frame',
  'Element',
  'Update',
  'Visit',
  'Layout',
  'Paint',
  'Dispatch',
  'Resolve',
  'Invoke',
];

/**
 * Writes a Breakpad symbol file of about `targetBytes` shaped like a large Linux build
 * (libxul-like): FILE and INLINE_ORIGIN tables, FUNCs with line records and nested INLINEs,
 * PUBLICs, then STACK CFI INIT rows with deltas. Returns the number of bytes written.
 */
export async function writeSyntheticSymFile(path: string, targetBytes: number): Promise<number> {
  const random = createRandom(20260701);
  const out = createWriteStream(path);
  let written = 0;
  let buffered: string[] = [];
  let bufferedLength = 0;
  const emit = async (line: string): Promise<void> => {
    buffered.push(line);
    bufferedLength += line.length + 1;
    if (bufferedLength > 1 << 20) await flush();
  };
  const flush = async (): Promise<void> => {
    const text = buffered.join('\n') + '\n';
    buffered = [];
    written += bufferedLength;
    bufferedLength = 0;
    if (!out.write(text)) await once(out, 'drain');
  };
  const name = (): string =>
    `${NAMESPACES[random(NAMESPACES.length)]}::${WORDS[random(WORDS.length)]}${WORDS[random(WORDS.length)]}${random(100000)}(${random(3) === 0 ? 'int, char const*' : 'JSContext*, JS::Handle<JS::Value>'})`;

  await emit('MODULE Linux x86_64 0123456789ABCDEF0123456789ABCDEF0 libxul.so');
  await emit('INFO CODE_ID 0123456789ABCDEF0123456789ABCDEF01234567');
  const fileCount = 20000;
  for (let id = 0; id < fileCount; id++)
    await emit(`FILE ${id} /builds/worker/checkouts/gecko/dom/base/File${id}.cpp`);
  const originCount = 10000;
  for (let id = 0; id < originCount; id++) await emit(`INLINE_ORIGIN ${id} ${name()}`);

  // Functions take about two thirds of the file, CFI the rest.
  const cfiStarts: number[] = [];
  let address = 0x1000;
  while (written + bufferedLength < targetBytes * 0.66) {
    const size = 0x40 + random(0x400);
    await emit(`FUNC ${address.toString(16)} ${size.toString(16)} 0 ${name()}`);
    const lineCount = 4 + random(20);
    const step = Math.max(1, Math.floor(size / lineCount));
    if (random(4) === 0) {
      await emit(
        `INLINE 0 ${random(5000)} ${random(fileCount)} ${random(originCount)} ${(address + step).toString(16)} ${(step * 3).toString(16)}`,
      );
      await emit(
        `INLINE 1 ${random(5000)} ${random(fileCount)} ${random(originCount)} ${(address + step).toString(16)} ${step.toString(16)}`,
      );
    }
    const file = random(fileCount);
    for (let line = 0; line < lineCount; line++) {
      await emit(
        `${(address + line * step).toString(16)} ${step.toString(16)} ${1 + random(4000)} ${random(8) === 0 ? random(fileCount) : file}`,
      );
    }
    cfiStarts.push(address, size);
    address += size + random(0x20);
  }
  for (
    let index = 0;
    index < cfiStarts.length && written + bufferedLength < targetBytes * 0.7;
    index += 2
  ) {
    await emit(`PUBLIC ${(cfiStarts[index]! + 1).toString(16)} 0 ${name()}`);
  }
  for (
    let index = 0;
    index < cfiStarts.length && written + bufferedLength < targetBytes;
    index += 2
  ) {
    const start = cfiStarts[index]!;
    await emit(
      `STACK CFI INIT ${start.toString(16)} ${cfiStarts[index + 1]!.toString(16)} .cfa: $rsp 8 + .ra: .cfa -8 + ^`,
    );
    await emit(`STACK CFI ${(start + 1).toString(16)} .cfa: $rsp 16 + $rbp: .cfa -16 + ^`);
    await emit(`STACK CFI ${(start + 4).toString(16)} .cfa: $rbp 16 +`);
    if (random(2) === 0)
      await emit(`STACK CFI ${(start + 8).toString(16)} $rbx: .cfa -24 + ^ $r12: .cfa -32 + ^`);
  }
  await flush();
  out.end();
  await once(out, 'close');
  return written;
}
