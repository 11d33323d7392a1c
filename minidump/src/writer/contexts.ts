import { ByteSink } from './byte-sink.js';

/** Register values by name for a synthetic CONTEXT record. */
export type RegisterValues = Readonly<Record<string, bigint>>;

/** Writes `names[i]` at `offsets[i]` into a zeroed record of `size` bytes. */
function record(
  size: number,
  flagsOffset: number,
  flags: number,
  fields: Array<[number, bigint | undefined, 4 | 8]>,
): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(flagsOffset, flags, true);
  for (const [offset, value, width] of fields) {
    if (value === undefined) continue;
    if (width === 4) view.setUint32(offset, Number(BigInt.asUintN(32, value)), true);
    else view.setBigUint64(offset, BigInt.asUintN(64, value), true);
  }
  return bytes;
}

/** An x86 CONTEXT (716 bytes, CONTEXT_i386 | full). */
export function x86Context(registers: RegisterValues, flags = 0x0001003f): Uint8Array {
  const order: Array<[string, number]> = [
    ['edi', 0x9c],
    ['esi', 0xa0],
    ['ebx', 0xa4],
    ['edx', 0xa8],
    ['ecx', 0xac],
    ['eax', 0xb0],
    ['ebp', 0xb4],
    ['eip', 0xb8],
    ['eflags', 0xc0],
    ['esp', 0xc4],
  ];
  return record(
    716,
    0,
    flags,
    order.map(([name, offset]) => [offset, registers[name], 4]),
  );
}

/** An amd64 CONTEXT (1232 bytes, flags at 0x30). */
export function amd64Context(registers: RegisterValues, flags = 0x0010000f): Uint8Array {
  const names = [
    'rax',
    'rcx',
    'rdx',
    'rbx',
    'rsp',
    'rbp',
    'rsi',
    'rdi',
    'r8',
    'r9',
    'r10',
    'r11',
    'r12',
    'r13',
    'r14',
    'r15',
    'rip',
  ];
  return record(
    1232,
    0x30,
    flags,
    names.map((name, index) => [0x78 + index * 8, registers[name], 8]),
  );
}

/** A 32-bit ARM CONTEXT (368 bytes): r0…r15 from offset 4 (r11 = fp, r13 = sp, r14 = lr, r15 = pc). */
export function armContext(registers: RegisterValues, flags = 0x40000002): Uint8Array {
  const names = [
    'r0',
    'r1',
    'r2',
    'r3',
    'r4',
    'r5',
    'r6',
    'r7',
    'r8',
    'r9',
    'r10',
    'fp',
    'r12',
    'sp',
    'lr',
    'pc',
  ];
  return record(
    368,
    0,
    flags,
    names.map((name, index) => [4 + index * 4, registers[name], 4]),
  );
}

/** An ARM64 CONTEXT (912 bytes): x0…x28, fp, lr from 0x08, sp at 0x100, pc at 0x108. */
export function arm64Context(registers: RegisterValues, flags = 0x00400002): Uint8Array {
  const fields: Array<[number, bigint | undefined, 4 | 8]> = [];
  for (let index = 0; index <= 28; index++) fields.push([8 + index * 8, registers[`x${index}`], 8]);
  fields.push(
    [8 + 29 * 8, registers.fp, 8],
    [8 + 30 * 8, registers.lr, 8],
    [0x100, registers.sp, 8],
    [0x108, registers.pc, 8],
  );
  return record(912, 0, flags, fields);
}

/** A MINIDUMP_STRING: u32 byte length, UTF-16LE units, a terminating NUL unit. */
export function minidumpString(text: string): Uint8Array {
  const sink = new ByteSink();
  sink.u32(text.length * 2);
  for (let index = 0; index < text.length; index++) sink.u16(text.charCodeAt(index));
  sink.u16(0);
  return sink.finish();
}
