import { ContextCpuFlag, ContextSize, ProcessorArchitecture } from '../../format/cpu.js';
import type { ByteView } from '../byte-view.js';
import { MinidumpError } from '../minidump-error.js';
import type { CpuContext } from './cpu-context.js';

/** Offsets of the x86 CONTEXT's general registers. */
const X86_OFFSETS: ReadonlyArray<[string, number]> = [
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

const AMD64_OFFSETS: ReadonlyArray<[string, number]> = [
  ['rax', 0x78],
  ['rcx', 0x80],
  ['rdx', 0x88],
  ['rbx', 0x90],
  ['rsp', 0x98],
  ['rbp', 0xa0],
  ['rsi', 0xa8],
  ['rdi', 0xb0],
  ['r8', 0xb8],
  ['r9', 0xc0],
  ['r10', 0xc8],
  ['r11', 0xd0],
  ['r12', 0xd8],
  ['r13', 0xe0],
  ['r14', 0xe8],
  ['r15', 0xf0],
  ['rip', 0xf8],
];

const ARM_NAMES = [
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

/** CPU flag bits live in the high 24 bits; the low byte holds sub-flags the reference ignores. */
const CPU_FLAG_MASK = 0xffffff00;

/**
 * Parses a CONTEXT record as the CPU that SystemInfo names (never guessed from its size). The
 * record must be at least the CPU's CONTEXT size and its flags must carry exactly that CPU's bit;
 * otherwise `ContextReadFailure`. CPUs without a walker (ppc, sparc, mips…) also fail here.
 */
export function readContext(bytes: ByteView, processorArchitecture: number): CpuContext {
  switch (processorArchitecture) {
    case ProcessorArchitecture.X86:
    case ProcessorArchitecture.X86OnWin64:
      checkContext(bytes, ContextSize.X86, bytes.u32(0), ContextCpuFlag.X86, 'x86');
      return { cpu: 'x86', registers: readU32Registers(bytes, X86_OFFSETS) };
    case ProcessorArchitecture.Amd64:
      checkContext(
        bytes,
        ContextSize.Amd64,
        bytes.length >= 0x34 ? bytes.u32(0x30) : 0,
        ContextCpuFlag.Amd64,
        'amd64',
      );
      return { cpu: 'amd64', registers: readU64Registers(bytes, AMD64_OFFSETS) };
    case ProcessorArchitecture.Arm:
      checkContext(bytes, ContextSize.Arm, bytes.u32(0), ContextCpuFlag.Arm, 'arm');
      return {
        cpu: 'arm',
        registers: readU32Registers(
          bytes,
          ARM_NAMES.map((name, index) => [name, 4 + index * 4]),
        ),
      };
    case ProcessorArchitecture.Arm64:
      checkContext(bytes, ContextSize.Arm64, bytes.u32(0), ContextCpuFlag.Arm64, 'arm64');
      return { cpu: 'arm64', registers: readArm64Registers(bytes, 8, 0x100, 0x108) };
    case ProcessorArchitecture.Arm64Old: {
      const flags = bytes.length >= 8 ? Number(bytes.u64(0) & 0xffffffffn) : 0;
      checkContext(bytes, ContextSize.Arm64Old, flags, ContextCpuFlag.Arm64Old, 'old arm64');
      return { cpu: 'arm64', registers: readArm64Registers(bytes, 8, 8 + 31 * 8, 8 + 32 * 8) };
    }
    default:
      throw new MinidumpError(
        'ContextReadFailure',
        `no CONTEXT layout for processor architecture 0x${processorArchitecture.toString(16)}`,
        { actual: processorArchitecture },
      );
  }
}

function checkContext(
  bytes: ByteView,
  size: number,
  flags: number,
  cpuFlag: number,
  name: string,
): void {
  if (bytes.length < size) {
    throw new MinidumpError(
      'ContextReadFailure',
      `${name} CONTEXT needs ${size} bytes; the record has ${bytes.length}`,
      { expected: size, actual: bytes.length },
    );
  }
  if ((flags & CPU_FLAG_MASK) >>> 0 !== cpuFlag) {
    throw new MinidumpError(
      'ContextReadFailure',
      `${name} CONTEXT flags 0x${(flags >>> 0).toString(16)} do not carry the CPU bit 0x${cpuFlag.toString(16)}`,
      { expected: cpuFlag, actual: flags >>> 0 },
    );
  }
}

function readU32Registers(
  bytes: ByteView,
  offsets: ReadonlyArray<readonly [string, number]>,
): Map<string, bigint> {
  const registers = new Map<string, bigint>();
  for (const [name, offset] of offsets) registers.set(name, BigInt(bytes.u32(offset)));
  return registers;
}

function readU64Registers(
  bytes: ByteView,
  offsets: ReadonlyArray<readonly [string, number]>,
): Map<string, bigint> {
  const registers = new Map<string, bigint>();
  for (const [name, offset] of offsets) registers.set(name, bytes.u64(offset));
  return registers;
}

function readArm64Registers(
  bytes: ByteView,
  x0: number,
  sp: number,
  pc: number,
): Map<string, bigint> {
  const registers = new Map<string, bigint>();
  for (let index = 0; index <= 28; index++) registers.set(`x${index}`, bytes.u64(x0 + index * 8));
  registers.set('fp', bytes.u64(x0 + 29 * 8));
  registers.set('lr', bytes.u64(x0 + 30 * 8));
  registers.set('sp', bytes.u64(sp));
  registers.set('pc', bytes.u64(pc));
  return registers;
}
