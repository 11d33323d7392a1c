/** Public API of the Breakpad symbols layer (see README.md in this folder). */
export type {
  InlineFrame,
  SymbolFile,
  SymbolFileStats,
  SymbolLookup,
  SymbolModuleRecord,
  SymbolUnwindResult,
  UnwindMethod,
} from './symbol-file.js';
export type {
  CalleeContext,
  CallerRegisters,
  CfiRules,
  CpuArchitecture,
  ReadMemory,
  RegisterValues,
  WinFrameRules,
} from './unwind/unwind-rules.js';
export type {
  LocatedSymbols,
  SymbolModule,
  SymbolSupplier,
  SymbolSupplierErrorKind,
} from './suppliers/symbol-supplier.js';
export { SymbolSupplierError } from './suppliers/symbol-supplier.js';
export {
  createSymbolFileParser,
  parseSymbolFile,
  MAX_LINE_BYTES,
} from './parse/symbol-file-parser.js';
export type { SymbolFileParser, SymbolFileParserOptions } from './parse/symbol-file-parser.js';
export { canonicalRegisterName } from './unwind/register-names.js';
