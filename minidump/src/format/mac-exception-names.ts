/** Mach exception types (mach/exception_types.h) plus Crashpad's simulated 'CPsx'. */
export const MAC_EXCEPTIONS: ReadonlyMap<number, string> = new Map([
  [1, 'EXC_BAD_ACCESS'],
  [2, 'EXC_BAD_INSTRUCTION'],
  [3, 'EXC_ARITHMETIC'],
  [4, 'EXC_EMULATION'],
  [5, 'EXC_SOFTWARE'],
  [6, 'EXC_BREAKPOINT'],
  [7, 'EXC_SYSCALL'],
  [8, 'EXC_MACH_SYSCALL'],
  [9, 'EXC_RPC_ALERT'],
  [11, 'EXC_RESOURCE'],
  [12, 'EXC_GUARD'],
  [0x43507378, 'SIMULATED'],
]);

/** kern_return_t values that explain an EXC_BAD_ACCESS (mach/kern_return.h). */
export const MAC_KERN_RETURNS: ReadonlyMap<number, string> = new Map([
  [1, 'KERN_INVALID_ADDRESS'],
  [2, 'KERN_PROTECTION_FAILURE'],
  [5, 'KERN_FAILURE'],
  [8, 'KERN_NO_ACCESS'],
  [9, 'KERN_MEMORY_FAILURE'],
  [10, 'KERN_MEMORY_ERROR'],
  [50, 'KERN_CODESIGN_ERROR'],
]);

type SubtypeTable = ReadonlyMap<number, string>;

/** CPU-specific subtypes per exception (mach/{arm,i386,ppc}/exception.h). */
export const MAC_SUBTYPES: Readonly<
  Record<string, Partial<Record<'arm64' | 'ppc' | 'x86', SubtypeTable>>>
> = {
  EXC_BAD_ACCESS: {
    arm64: new Map([
      [0x101, 'EXC_ARM_DA_ALIGN'],
      [0x102, 'EXC_ARM_DA_DEBUG'],
    ]),
    ppc: new Map([
      [0x101, 'EXC_PPC_VM_PROT_READ'],
      [0x102, 'EXC_PPC_BADSPACE'],
      [0x103, 'EXC_PPC_UNALIGNED'],
    ]),
    x86: new Map([[13, 'EXC_I386_GPFLT']]),
  },
  EXC_BAD_INSTRUCTION: {
    arm64: new Map([[1, 'EXC_ARM_UNDEFINED']]),
    ppc: new Map([
      [1, 'EXC_PPC_INVALID_SYSCALL'],
      [2, 'EXC_PPC_UNIPL_INST'],
      [3, 'EXC_PPC_PRIVINST'],
      [4, 'EXC_PPC_PRIVREG'],
      [5, 'EXC_PPC_TRACE'],
      [6, 'EXC_PPC_PERFMON'],
    ]),
    x86: new Map([
      [1, 'EXC_I386_INVOP'],
      [10, 'EXC_I386_INVTSSFLT'],
      [11, 'EXC_I386_SEGNPFLT'],
      [12, 'EXC_I386_STKFLT'],
      [13, 'EXC_I386_GPFLT'],
      [17, 'EXC_I386_ALIGNFLT'],
    ]),
  },
  EXC_ARITHMETIC: {
    ppc: new Map([
      [1, 'EXC_PPC_OVERFLOW'],
      [2, 'EXC_PPC_ZERO_DIVIDE'],
      [3, 'EXC_FLT_INEXACT'],
      [4, 'EXC_PPC_FLT_ZERO_DIVIDE'],
      [5, 'EXC_PPC_FLT_UNDERFLOW'],
      [6, 'EXC_PPC_FLT_OVERFLOW'],
      [7, 'EXC_PPC_FLT_NOT_A_NUMBER'],
      [8, 'EXC_PPC_NOEMULATION'],
      [9, 'EXC_PPC_ALTIVECASSIST'],
    ]),
    x86: new Map([
      [1, 'EXC_I386_DIV'],
      [2, 'EXC_I386_INTO'],
      [3, 'EXC_I386_NOEXT'],
      [4, 'EXC_I386_EXTOVR'],
      [5, 'EXC_I386_EXTERR'],
      [6, 'EXC_I386_EMERR'],
      [7, 'EXC_I386_BOUND'],
      [8, 'EXC_I386_SSEEXTERR'],
    ]),
  },
  EXC_BREAKPOINT: {
    arm64: new Map([
      [0x101, 'EXC_ARM_DA_ALIGN'],
      [0x102, 'EXC_ARM_DA_DEBUG'],
      [1, 'EXC_ARM_BREAKPOINT'],
    ]),
    ppc: new Map([[1, 'EXC_PPC_BREAKPOINT']]),
    x86: new Map([
      [1, 'EXC_I386_SGL'],
      [2, 'EXC_I386_BPT'],
    ]),
  },
};

/** EXC_SOFTWARE codes. */
export const MAC_SOFTWARE_CODES: ReadonlyMap<number, string> = new Map([
  [0x00010002, 'SIGABRT'],
  [0xdeadc0de, 'UNCAUGHT_NS_EXCEPTION'],
  [1, 'EXC_PPC_TRAP'],
  [0x00010100, 'EXC_PPC_MIGRATE'],
]);

/** EXC_RESOURCE types (kern/exc_resource.h) and their flavors. */
export const MAC_RESOURCE_TYPES: ReadonlyMap<number, string> = new Map([
  [1, 'RESOURCE_TYPE_CPU'],
  [2, 'RESOURCE_TYPE_WAKEUPS'],
  [3, 'RESOURCE_TYPE_MEMORY'],
  [4, 'RESOURCE_TYPE_IO'],
  [5, 'RESOURCE_TYPE_THREADS'],
]);

/** Flavor names per resource type. */
export const MAC_RESOURCE_FLAVORS: Readonly<Record<string, ReadonlyMap<number, string>>> = {
  RESOURCE_TYPE_CPU: new Map([
    [1, 'FLAVOR_CPU_MONITOR'],
    [2, 'FLAVOR_CPU_MONITOR_FATAL'],
  ]),
  RESOURCE_TYPE_WAKEUPS: new Map([[1, 'FLAVOR_WAKEUPS_MONITOR']]),
  RESOURCE_TYPE_MEMORY: new Map([[1, 'FLAVOR_HIGH_WATERMARK']]),
  RESOURCE_TYPE_IO: new Map([
    [1, 'FLAVOR_IO_PHYSICAL_WRITES'],
    [2, 'FLAVOR_IO_LOGICAL_WRITES'],
  ]),
  RESOURCE_TYPE_THREADS: new Map([[1, 'FLAVOR_THREADS_HIGH_WATERMARK']]),
};

/** EXC_GUARD types (kern/exc_guard.h). */
export const MAC_GUARD_TYPES: ReadonlyMap<number, string> = new Map([
  [0, 'GUARD_TYPE_NONE'],
  [1, 'GUARD_TYPE_MACH_PORT'],
  [2, 'GUARD_TYPE_FD'],
  [3, 'GUARD_TYPE_USER'],
  [4, 'GUARD_TYPE_VN'],
  [5, 'GUARD_TYPE_VIRT_MEMORY'],
]);

/** Flavor names per guard type (mach/port.h, sys/guarded.h, mach/vm_statistics.h). */
export const MAC_GUARD_FLAVORS: Readonly<Record<string, ReadonlyMap<number, string>>> = {
  GUARD_TYPE_MACH_PORT: new Map(
    [
      'DESTROY',
      'MOD_REFS',
      'SET_CONTEXT',
      'UNGUARDED',
      'INCORRECT_GUARD',
      'IMMOVABLE',
      'STRICT_REPLY',
      'MSG_FILTERED',
      'INVALID_RIGHT',
      'INVALID_NAME',
      'INVALID_VALUE',
      'INVALID_ARGUMENT',
      'RIGHT_EXISTS',
      'KERN_NO_SPACE',
      'KERN_FAILURE',
      'KERN_RESOURCE',
      'SEND_INVALID_REPLY',
      'SEND_INVALID_VOUCHER',
      'SEND_INVALID_RIGHT',
      'RCV_INVALID_NAME',
      'RCV_GUARDED_DESC',
      'MOD_REFS_NON_FATAL',
      'IMMOVABLE_NON_FATAL',
    ].map((name, bit) => [2 ** bit, `GUARD_EXC_${name}`]),
  ),
  GUARD_TYPE_FD: new Map(
    ['CLOSE', 'DUP', 'NOCLOEXEC', 'SOCKET_IPC', 'FILEPORT', 'MISMATCH', 'WRITE'].map(
      (name, bit) => [2 ** bit, `GUARD_EXC_${name}`],
    ),
  ),
  GUARD_TYPE_VN: new Map(
    ['RENAME_TO', 'RENAME_FROM', 'UNLINK', 'WRITE_OTHER', 'TRUNC_OTHER', 'LINK', 'EXCHDATA'].map(
      (name, bit) => [2 ** bit, `GUARD_EXC_${name}`],
    ),
  ),
  GUARD_TYPE_VIRT_MEMORY: new Map([[1, 'GUARD_EXC_DEALLOC_GAP']]),
};
