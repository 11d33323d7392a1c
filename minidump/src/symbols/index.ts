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
  DiscoveredDebugInfo,
  LocatedSymbols,
  SymbolModule,
  SymbolSupplier,
  SymbolSupplierErrorKind,
  SymbolMiss,
} from './suppliers/symbol-supplier.js';
export { SymbolSupplierError } from './suppliers/symbol-supplier.js';
export {
  createSymbolFileParser,
  parseSymbolFile,
  MAX_LINE_BYTES,
} from './parse/symbol-file-parser.js';
export type { SymbolFileParser, SymbolFileParserOptions } from './parse/symbol-file-parser.js';
export { canonicalRegisterName } from './unwind/register-names.js';
export { parseSymbolStream, readSymbolFile } from './parse/read-symbol-file.js';
export { symbolFileRelativePath } from './suppliers/symbol-path.js';
export { createLocalSymbolSupplier } from './suppliers/local-supplier.js';
export type { LocalSymbolSupplierOptions } from './suppliers/local-supplier.js';
export { createHttpSymbolSupplier } from './suppliers/http-supplier.js';
export type { HttpSymbolSupplierOptions } from './suppliers/http-supplier.js';
export { DiskSymbolCache } from './suppliers/disk-cache.js';
export type { CacheFileWriter } from './suppliers/disk-cache.js';
export { createSymbolSupplierChain } from './suppliers/supplier-chain.js';
export { createSymbolSupplier } from './suppliers/standard-supplier.js';
export type { StandardSymbolSupplierOptions } from './suppliers/standard-supplier.js';
export { createSymbolCache } from './suppliers/symbol-cache.js';
export type {
  SymbolCache,
  SymbolCacheOptions,
  SymbolCacheStats,
} from './suppliers/symbol-cache.js';
export { codeIdRelativePath, createCodeIdLookup } from './suppliers/code-id-lookup.js';
export type { CodeIdLookupOptions } from './suppliers/code-id-lookup.js';
