import { IndexedSymbolFile } from '../indexed-symbol-file.js';
import type { SymbolModuleRecord } from '../symbol-file.js';
import { CfiTableBuilder } from '../tables/cfi-table.js';
import { FunctionTableBuilder } from '../tables/function-table.js';
import { IdNameTableBuilder } from '../tables/id-name-table.js';
import { PublicTableBuilder } from '../tables/public-table.js';
import { WinTableBuilder } from '../tables/win-table.js';
import { ByteHeapBuilder } from './byte-heap.js';
import { ParseProgress } from './parse-progress.js';

/** What the line machine knows about a file's problems when it finishes. */
export interface ParseOutcome {
  readonly corruptReason: string | null;
  readonly droppedLines: number;
  readonly lineCount: number;
  readonly byteCount: number;
  /** Records the line machine itself discarded (over-long lines…). */
  readonly discardedRecords: number;
}

/** Everything parsed so far, one builder per record kind. */
export class SymbolFileBuilder {
  /** How far the parse is; the line machine keeps it up to date. */
  readonly progress: ParseProgress;
  readonly heap: ByteHeapBuilder;
  readonly functions: FunctionTableBuilder;
  readonly publics: PublicTableBuilder;
  readonly files = new IdNameTableBuilder();
  readonly inlineOrigins = new IdNameTableBuilder();
  readonly cfi: CfiTableBuilder;
  readonly winFrameData = new WinTableBuilder();
  readonly winFpo = new WinTableBuilder();
  module: SymbolModuleRecord | null = null;
  infoUrl: string | null = null;
  /** Well-formed records the record parsers discarded (unknown STACK WIN types, huge addresses). */
  discardedRecords = 0;

  constructor(sizeHintBytes: number) {
    this.progress = new ParseProgress(sizeHintBytes);
    this.heap = new ByteHeapBuilder(sizeHintBytes);
    // Line records average ~20 bytes; sizing the biggest columns up front avoids regrowth.
    this.functions = new FunctionTableBuilder(
      Math.max(1024, Math.floor(sizeHintBytes / 40)),
      this.progress,
    );
    this.publics = new PublicTableBuilder(this.progress);
    this.cfi = new CfiTableBuilder(this.progress);
  }

  /** Builds the index and the statistics. */
  finish(outcome: ParseOutcome): IndexedSymbolFile {
    const heap = this.heap.finish();
    const functions = this.functions.finish();
    const cfi = this.cfi.finish(heap);
    const winFrameData = this.winFrameData.finish();
    const winFpo = this.winFpo.finish();
    const discardedRecords =
      outcome.discardedRecords +
      this.discardedRecords +
      this.functions.discardedRecords +
      this.cfi.discardedRecords +
      this.winFrameData.discardedRecords +
      this.winFpo.discardedRecords;
    return new IndexedSymbolFile({
      module: this.module,
      infoUrl: this.infoUrl,
      heap,
      functions,
      publics: this.publics.finish(heap),
      files: this.files.finish(),
      inlineOrigins: this.inlineOrigins.finish(),
      cfi,
      winFrameData,
      winFpo,
      stats: {
        corrupt: outcome.corruptReason !== null,
        corruptReason: outcome.corruptReason,
        droppedLines: outcome.droppedLines,
        discardedRecords,
        repairedRecords: this.winFrameData.repairedRecords + this.winFpo.repairedRecords,
        lineCount: outcome.lineCount,
        byteCount: outcome.byteCount,
      },
    });
  }
}
