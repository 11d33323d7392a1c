import {
  createFloat64Column,
  createUint32Column,
  createUint8Column,
} from '../parse/growable-array.js';
import { findLastAtOrBelow, keepNonOverlapping, keepsEveryRow, selectRows } from './range-order.js';

/** The numeric fields of a STACK WIN record, in file order after the address. */
export interface WinRecordFields {
  readonly address: number;
  readonly codeSize: number;
  readonly prologueSize: number;
  readonly epilogueSize: number;
  readonly parameterSize: number;
  readonly savedRegisterSize: number;
  readonly localSize: number;
  readonly maxStackSize: number;
  /** Heap reference / length of the program string (FrameData) or of nothing (FPO). */
  readonly programReference: number;
  readonly programLength: number;
  readonly allocatesBasePointer: boolean;
}

/** STACK WIN records of one type (FrameData or FPO), sorted and non-overlapping. */
export class WinTable {
  constructor(
    readonly starts: Float64Array,
    readonly sizes: Uint32Array,
    readonly prologueSizes: Uint32Array,
    readonly epilogueSizes: Uint32Array,
    readonly parameterSizes: Uint32Array,
    readonly savedRegisterSizes: Uint32Array,
    readonly localSizes: Uint32Array,
    readonly maxStackSizes: Uint32Array,
    readonly programReferences: Uint32Array,
    readonly programLengths: Uint32Array,
    readonly allocatesBasePointer: Uint8Array,
  ) {}

  /** Number of records. */
  get count(): number {
    return this.starts.length;
  }

  /** Bytes held by the arrays. */
  get byteLength(): number {
    return this.starts.byteLength * 6.125;
  }

  /** The record covering `offset`, or -1. */
  find(offset: number): number {
    const index = findLastAtOrBelow(this.starts, 0, this.starts.length, offset);
    return index >= 0 && offset < this.starts[index]! + this.sizes[index]! ? index : -1;
  }
}

/**
 * Collects STACK WIN records of one type. PDB-derived files repeat unwind info with ranges that
 * all run to the end of the function; like the reference, a record overlapping the previous one
 * (in file order) and starting later shortens the previous one, and an overlapping record that
 * does not start later is dropped.
 */
export class WinTableBuilder {
  private readonly starts = createFloat64Column();
  private readonly sizes = createUint32Column();
  private readonly prologueSizes = createUint32Column();
  private readonly epilogueSizes = createUint32Column();
  private readonly parameterSizes = createUint32Column();
  private readonly savedRegisterSizes = createUint32Column();
  private readonly localSizes = createUint32Column();
  private readonly maxStackSizes = createUint32Column();
  private readonly programReferences = createUint32Column();
  private readonly programLengths = createUint32Column();
  private readonly allocatesBasePointer = createUint8Column();

  /** Records dropped by the reference's rules (zero size, overlaps). */
  discardedRecords = 0;
  /** Records shortened because the next record starts inside them. */
  repairedRecords = 0;

  /** Adds one record, applying the overlap repair against the previous record. */
  add(record: WinRecordFields): void {
    if (record.codeSize === 0) {
      this.discardedRecords++;
      return;
    }
    const last = this.starts.length - 1;
    if (last >= 0) {
      const lastStart = this.starts.values[last]!;
      const lastEnd = lastStart + this.sizes.values[last]!;
      const end = record.address + record.codeSize;
      if (record.address < lastEnd && lastStart < end) {
        if (record.address > lastStart) {
          this.sizes.values[last] = record.address - lastStart;
          this.repairedRecords++;
        } else if (record.address !== lastStart || end !== lastEnd) {
          this.discardedRecords++;
          return;
        }
      }
    }
    this.starts.push(record.address);
    this.sizes.push(record.codeSize);
    this.prologueSizes.push(record.prologueSize);
    this.epilogueSizes.push(record.epilogueSize);
    this.parameterSizes.push(record.parameterSize);
    this.savedRegisterSizes.push(record.savedRegisterSize);
    this.localSizes.push(record.localSize);
    this.maxStackSizes.push(record.maxStackSize);
    this.programReferences.push(record.programReference);
    this.programLengths.push(record.programLength);
    this.allocatesBasePointer.push(record.allocatesBasePointer ? 1 : 0);
  }

  /** Resolves the remaining overlaps and returns the table. */
  finish(): WinTable {
    const count = this.starts.length;
    const ends = new Float64Array(count);
    for (let index = 0; index < count; index++) {
      ends[index] = this.starts.values[index]! + this.sizes.values[index]!;
    }
    const kept = keepNonOverlapping(this.starts.values, ends, 0, count);
    this.discardedRecords += count - kept.length;
    const keepsAll = keepsEveryRow(kept, count);
    return new WinTable(
      selectRows(this.starts, kept, keepsAll),
      selectRows(this.sizes, kept, keepsAll),
      selectRows(this.prologueSizes, kept, keepsAll),
      selectRows(this.epilogueSizes, kept, keepsAll),
      selectRows(this.parameterSizes, kept, keepsAll),
      selectRows(this.savedRegisterSizes, kept, keepsAll),
      selectRows(this.localSizes, kept, keepsAll),
      selectRows(this.maxStackSizes, kept, keepsAll),
      selectRows(this.programReferences, kept, keepsAll),
      selectRows(this.programLengths, kept, keepsAll),
      selectRows(this.allocatesBasePointer, kept, keepsAll),
    );
  }
}
