/** SystemInfo.processor_architecture values. */
export const ProcessorArchitecture = {
  X86: 0,
  Mips: 1,
  Alpha: 2,
  Ppc: 3,
  Shx: 4,
  Arm: 5,
  Ia64: 6,
  Alpha64: 7,
  Msil: 8,
  Amd64: 9,
  X86OnWin64: 10,
  Arm64: 12,
  Sparc: 0x8001,
  Ppc64: 0x8002,
  Arm64Old: 0x8003,
  Mips64: 0x8004,
  Unknown: 0xffff,
} as const;

/** The CPU families the reader and the stack walker know. */
export type Cpu =
  'x86' | 'amd64' | 'arm' | 'arm64' | 'ppc' | 'ppc64' | 'sparc' | 'mips' | 'mips64' | 'unknown';

/** Maps a processor_architecture value to the CPU family, as the reference names it in `cpu_arch`. */
export function cpuFromArchitecture(architecture: number): Cpu {
  switch (architecture) {
    case ProcessorArchitecture.X86:
    case ProcessorArchitecture.X86OnWin64:
      return 'x86';
    case ProcessorArchitecture.Amd64:
      return 'amd64';
    case ProcessorArchitecture.Arm:
      return 'arm';
    case ProcessorArchitecture.Arm64:
    case ProcessorArchitecture.Arm64Old:
      return 'arm64';
    case ProcessorArchitecture.Ppc:
      return 'ppc';
    case ProcessorArchitecture.Ppc64:
      return 'ppc64';
    case ProcessorArchitecture.Sparc:
      return 'sparc';
    case ProcessorArchitecture.Mips:
      return 'mips';
    case ProcessorArchitecture.Mips64:
      return 'mips64';
    default:
      return 'unknown';
  }
}

/** Pointer size in bytes: 4 on 32-bit CPUs, 8 otherwise (unknown CPUs count as 64-bit). */
export function pointerSizeOf(cpu: Cpu): 4 | 8 {
  return cpu === 'x86' || cpu === 'arm' || cpu === 'ppc' || cpu === 'sparc' || cpu === 'mips'
    ? 4
    : 8;
}

/** The CPU bits of `context_flags` (`flags & 0xFFFFFF00` must equal one of these). */
export const ContextCpuFlag = {
  X86: 0x00010000,
  Amd64: 0x00100000,
  Arm: 0x40000000,
  Arm64: 0x00400000,
  Arm64Old: 0x80000000,
} as const;

/** Byte sizes of the CONTEXT records the reader parses. */
export const ContextSize = {
  X86: 716,
  Amd64: 1232,
  Arm: 368,
  Arm64: 912,
  Arm64Old: 796,
} as const;
