import type { ByteHeap } from './parse/byte-heap.js';
import { MAX_INDEXED_ADDRESS } from './parse/field-reader.js';
import type {
  InlineFrame,
  SymbolFile,
  SymbolFileStats,
  SymbolLookup,
  SymbolModuleRecord,
  SymbolUnwindResult,
} from './symbol-file.js';
import type { CfiTable } from './tables/cfi-table.js';
import type { FunctionTable } from './tables/function-table.js';
import type { IdNameTable } from './tables/id-name-table.js';
import type { PublicTable } from './tables/public-table.js';
import type { WinTable } from './tables/win-table.js';
import { StackCfiRules } from './unwind/cfi-rules.js';
import type { CalleeContext, CfiRules, ReadMemory, WinFrameRules } from './unwind/unwind-rules.js';
import { StackWinRules } from './unwind/win-frame-rules.js';

/** The finished tables of one symbol file. */
export interface SymbolTables {
  readonly module: SymbolModuleRecord | null;
  readonly infoUrl: string | null;
  readonly stats: SymbolFileStats;
  readonly heap: ByteHeap;
  readonly functions: FunctionTable;
  readonly publics: PublicTable;
  readonly files: IdNameTable;
  readonly inlineOrigins: IdNameTable;
  readonly cfi: CfiTable;
  readonly winFrameData: WinTable;
  readonly winFpo: WinTable;
}

/** Fixed cost of an index besides its arrays (objects, small buffers). */
const INDEX_OVERHEAD_BYTES = 4096;

/** A SymbolFile backed by sorted typed arrays (see the tables/ folder). */
export class IndexedSymbolFile implements SymbolFile {
  readonly module;
  readonly infoUrl;
  readonly stats;
  readonly estimatedBytes: number;

  constructor(private readonly tables: SymbolTables) {
    this.module = tables.module;
    this.infoUrl = tables.infoUrl;
    this.stats = tables.stats;
    this.estimatedBytes =
      INDEX_OVERHEAD_BYTES +
      tables.heap.byteLength +
      tables.functions.byteLength +
      tables.publics.byteLength +
      tables.files.byteLength +
      tables.inlineOrigins.byteLength +
      tables.cfi.byteLength +
      tables.winFrameData.byteLength +
      tables.winFpo.byteLength;
  }

  get functionCount(): number {
    return this.tables.functions.count;
  }

  get publicCount(): number {
    return this.tables.publics.count;
  }

  lookupSymbol(moduleOffset: bigint): SymbolLookup | null {
    const offset = toIndexedOffset(moduleOffset);
    if (offset === null) return null;
    const { functions, publics, heap } = this.tables;
    const func = functions.findFunction(offset);
    if (func >= 0) return this.describeFunction(func, offset);

    const nearest = publics.findNearest(offset);
    if (nearest < 0) return null;
    // A PUBLIC has no size; one that starts at or before the closest FUNC below the offset
    // must end before that FUNC, so it cannot cover the offset.
    const previousFunction = functions.findFunctionStartingBelow(offset);
    if (
      previousFunction >= 0 &&
      publics.addresses[nearest]! <= functions.starts[previousFunction]!
    ) {
      return null;
    }
    return {
      functionName: heap.readString(
        publics.nameReferences[nearest]!,
        publics.nameLengths[nearest]!,
      ),
      functionBase: BigInt(publics.addresses[nearest]!),
      parameterSize: publics.parameterSizes[nearest]!,
      isPublic: true,
      sourceFile: null,
      sourceLine: null,
      sourceLineBase: null,
      inlines: [],
    };
  }

  findCfiRules(moduleOffset: bigint): CfiRules | null {
    const offset = toIndexedOffset(moduleOffset);
    if (offset === null) return null;
    const { cfi, heap } = this.tables;
    const init = cfi.find(offset);
    if (init < 0) return null;
    const texts = [heap.readString(cfi.ruleReferences[init]!, cfi.ruleLengths[init]!)];
    const { first, count } = cfi.applicableDeltas(init, offset);
    for (let delta = first; delta < first + count; delta++) {
      texts.push(heap.readString(cfi.deltaRuleReferences[delta]!, cfi.deltaRuleLengths[delta]!));
    }
    const initAddress = cfi.starts[init]!;
    const rowAddress = count > 0 ? cfi.deltaAddresses[first + count - 1]! : initAddress;
    return new StackCfiRules(BigInt(initAddress), BigInt(rowAddress), texts);
  }

  findWinFrameRules(moduleOffset: bigint): WinFrameRules | null {
    const offset = toIndexedOffset(moduleOffset);
    if (offset === null) return null;
    const { winFrameData, winFpo, heap } = this.tables;
    const frameData = winFrameData.find(offset);
    const table = frameData >= 0 ? winFrameData : winFpo;
    const index = frameData >= 0 ? frameData : winFpo.find(offset);
    if (index < 0) return null;
    const isFrameData = table === winFrameData;
    return new StackWinRules({
      kind: isFrameData ? 'stack-win-framedata' : 'stack-win-fpo',
      address: BigInt(table.starts[index]!),
      codeSize: table.sizes[index]!,
      prologueSize: table.prologueSizes[index]!,
      epilogueSize: table.epilogueSizes[index]!,
      parameterSize: table.parameterSizes[index]!,
      savedRegisterSize: table.savedRegisterSizes[index]!,
      localSize: table.localSizes[index]!,
      maxStackSize: table.maxStackSizes[index]!,
      programString: isFrameData
        ? heap.readString(table.programReferences[index]!, table.programLengths[index]!)
        : null,
      allocatesBasePointer: table.allocatesBasePointer[index] === 1,
    });
  }

  unwindCallerRegisters(
    moduleOffset: bigint,
    callee: CalleeContext,
    readMemory: ReadMemory,
  ): SymbolUnwindResult | null {
    const win = this.findWinFrameRules(moduleOffset)?.evaluateCallerRegisters(callee, readMemory);
    if (win) return { method: 'stack-win', registers: win };
    const cfi = this.findCfiRules(moduleOffset)?.evaluateCallerRegisters(callee, readMemory);
    return cfi ? { method: 'stack-cfi', registers: cfi } : null;
  }

  /** Builds the lookup for FUNC `func` at `offset`: name, source line and inline frames. */
  private describeFunction(func: number, offset: number): SymbolLookup {
    const { functions, heap, winFrameData, winFpo } = this.tables;
    const frameData = winFrameData.find(offset);
    const fpo = frameData >= 0 ? -1 : winFpo.find(offset);
    const parameterSize =
      frameData >= 0
        ? winFrameData.parameterSizes[frameData]!
        : fpo >= 0
          ? winFpo.parameterSizes[fpo]!
          : functions.parameterSizes[func]!;

    let sourceFile: string | null = null;
    let sourceLine: number | null = null;
    let sourceLineBase: bigint | null = null;
    const inlines: InlineFrame[] = [];
    const outerInline = functions.findInline(func, 0, offset);
    const line = functions.findLine(func, offset);
    if (outerInline >= 0) {
      // The outer function's location is where the depth-0 inlined call was made.
      sourceFile = this.fileName(functions.inlineCallFiles[outerInline]!);
      if (sourceFile !== null) {
        sourceLine = functions.inlineCallLines[outerInline]!;
        sourceLineBase = BigInt(functions.inlineStarts[outerInline]!);
      }
      this.collectInlines(func, offset, outerInline, line, inlines);
    } else if (line >= 0) {
      sourceFile = this.fileName(functions.lineFiles[line]!);
      if (sourceFile !== null) {
        sourceLine = functions.lineNumbers[line]!;
        sourceLineBase = BigInt(functions.lineStart(func, line));
      }
    }
    return {
      functionName: heap.readString(functions.nameReferences[func]!, functions.nameLengths[func]!),
      functionBase: BigInt(functions.starts[func]!),
      parameterSize,
      isPublic: false,
      sourceFile,
      sourceLine,
      sourceLineBase,
      inlines,
    };
  }

  /**
   * Walks the inline ranges at depth 1, 2, … covering `offset`. Each names the function
   * inlined one level up, located at its own call site; the deepest one gets the line
   * record's location (line 0 ⇒ null). Frames whose INLINE_ORIGIN is unknown are skipped.
   * The result is innermost first, as the reference's JSON shows inlines.
   */
  private collectInlines(
    func: number,
    offset: number,
    outerInline: number,
    line: number,
    inlines: InlineFrame[],
  ): void {
    const { functions } = this.tables;
    let origin = functions.inlineOrigins[outerInline]!;
    for (let depth = 1; ; depth++) {
      const inline = functions.findInline(func, depth, offset);
      if (inline < 0) break;
      const name = this.originName(origin);
      if (name !== null) {
        inlines.push({
          functionName: name,
          sourceFile: this.fileName(functions.inlineCallFiles[inline]!),
          sourceLine: functions.inlineCallLines[inline]!,
        });
      }
      origin = functions.inlineOrigins[inline]!;
    }
    const name = this.originName(origin);
    if (name !== null) {
      const lineNumber = line >= 0 ? functions.lineNumbers[line]! : 0;
      inlines.push({
        functionName: name,
        sourceFile: line >= 0 ? this.fileName(functions.lineFiles[line]!) : null,
        sourceLine: lineNumber === 0 ? null : lineNumber,
      });
    }
    inlines.reverse();
  }

  private fileName(id: number): string | null {
    const { files, heap } = this.tables;
    const index = files.find(id);
    return index < 0 ? null : heap.readString(files.nameReference(index), files.nameLength(index));
  }

  private originName(id: number): string | null {
    const { inlineOrigins, heap } = this.tables;
    const index = inlineOrigins.find(id);
    return index < 0
      ? null
      : heap.readString(inlineOrigins.nameReference(index), inlineOrigins.nameLength(index));
  }
}

/** A module offset as an index key, or null when no record can cover it. */
function toIndexedOffset(moduleOffset: bigint): number | null {
  return moduleOffset < 0n || moduleOffset > BigInt(MAX_INDEXED_ADDRESS)
    ? null
    : Number(moduleOffset);
}
