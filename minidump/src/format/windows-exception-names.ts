/**
 * Exception codes a Windows crash reports (winbase.h / winnt.h EXCEPTION_* names), plus codes
 * other tools raise. These are looked up before WinError and NTSTATUS names.
 */
export const WINDOWS_EXCEPTION_CODES: ReadonlyMap<number, string> = new Map([
  [0x80000001, 'EXCEPTION_GUARD_PAGE'],
  [0x80000002, 'EXCEPTION_DATATYPE_MISALIGNMENT'],
  [0x80000003, 'EXCEPTION_BREAKPOINT'],
  [0x80000004, 'EXCEPTION_SINGLE_STEP'],
  [0xc0000005, 'EXCEPTION_ACCESS_VIOLATION'],
  [0xc0000006, 'EXCEPTION_IN_PAGE_ERROR'],
  [0xc0000008, 'EXCEPTION_INVALID_HANDLE'],
  [0xc000001d, 'EXCEPTION_ILLEGAL_INSTRUCTION'],
  [0xc0000025, 'EXCEPTION_NONCONTINUABLE_EXCEPTION'],
  [0xc0000026, 'EXCEPTION_INVALID_DISPOSITION'],
  [0xc000008c, 'EXCEPTION_BOUNDS_EXCEEDED'],
  [0xc000008d, 'EXCEPTION_FLT_DENORMAL_OPERAND'],
  [0xc000008e, 'EXCEPTION_FLT_DIVIDE_BY_ZERO'],
  [0xc000008f, 'EXCEPTION_FLT_INEXACT_RESULT'],
  [0xc0000090, 'EXCEPTION_FLT_INVALID_OPERATION'],
  [0xc0000091, 'EXCEPTION_FLT_OVERFLOW'],
  [0xc0000092, 'EXCEPTION_FLT_STACK_CHECK'],
  [0xc0000093, 'EXCEPTION_FLT_UNDERFLOW'],
  [0xc0000094, 'EXCEPTION_INT_DIVIDE_BY_ZERO'],
  [0xc0000095, 'EXCEPTION_INT_OVERFLOW'],
  [0xc0000096, 'EXCEPTION_PRIV_INSTRUCTION'],
  [0xc00000fd, 'EXCEPTION_STACK_OVERFLOW'],
  [0xc0000194, 'EXCEPTION_POSSIBLE_DEADLOCK'],
  // Chromium's allocators raise this on out-of-memory.
  [0xe0000008, 'OUT_OF_MEMORY'],
  // Visual C++ throw ("msc" in ASCII).
  [0xe06d7363, 'UNHANDLED_CPP_EXCEPTION'],
  // .NET managed exception ("CCR").
  [0xe0434352, 'MANAGED_EXCEPTION_CODE_V4'],
  // Crashpad's simulated crash.
  [0x0517a7ed, 'SIMULATED'],
]);

/** Codes with a special spelling in crash reasons. */
export const WINDOWS_SPECIAL_REASONS: ReadonlyMap<string, string> = new Map([
  ['OUT_OF_MEMORY', 'Out of Memory'],
  ['UNHANDLED_CPP_EXCEPTION', 'Unhandled C++ Exception'],
  ['SIMULATED', 'Simulated Exception'],
]);

/** HRESULT facilities recognised in `<FACILITY> / <ERROR>` reasons (winerror.h). */
export const WINDOWS_FACILITIES: ReadonlyMap<number, string> = new Map([
  [109, 'FACILITY_VISUALCPP'],
]);

/** Access kinds of EXCEPTION_ACCESS_VIOLATION / EXCEPTION_IN_PAGE_ERROR (information[0]). */
export const WINDOWS_ACCESS_TYPES: ReadonlyMap<bigint, string> = new Map([
  [0n, 'READ'],
  [1n, 'WRITE'],
  [8n, 'EXEC'],
]);
