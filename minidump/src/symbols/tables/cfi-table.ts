import type { ByteHeap } from '../parse/byte-heap.js';
import {
  createFloat64Column,
  createUint32Column,
  type Float64Column,
  type Uint32Column,
} from '../parse/growable-array.js';
import { UNKNOWN_PROGRESS } from '../parse/parse-progress.js';
import { findLastAtOrBelow, keepNonOverlapping, keepsEveryRow, selectRows } from './range-order.js';

/** STACK CFI INIT ranges with their delta rows; rule texts live in the byte heap. */
export class CfiTable {
  constructor(
    /** INIT range starts, sorted, non-overlapping. */
    readonly starts: Float64Array,
    private readonly ends: Float64Array,
    /** Heap reference / length of each INIT rule text. */
    readonly ruleReferences: Uint32Array,
    readonly ruleLengths: Uint32Array,
    private readonly deltaFirst: Uint32Array,
    private readonly deltaCount: Uint32Array,
    /** Delta row addresses, sorted within each INIT by (address, rule text). */
    readonly deltaAddresses: Float64Array,
    readonly deltaRuleReferences: Uint32Array,
    readonly deltaRuleLengths: Uint32Array,
  ) {}

  /** Number of INIT ranges. */
  get count(): number {
    return this.starts.length;
  }

  /** Bytes held by the arrays. */
  get byteLength(): number {
    return this.starts.byteLength * 4 + this.deltaAddresses.byteLength * 2;
  }

  /** The INIT range covering `offset`, or -1. */
  find(offset: number): number {
    const index = findLastAtOrBelow(this.starts, 0, this.starts.length, offset);
    return index >= 0 && offset < this.ends[index]! ? index : -1;
  }

  /** Delta rows of `init` that apply at `offset` (address ≤ offset): [first, first + count). */
  applicableDeltas(init: number, offset: number): { first: number; count: number } {
    const first = this.deltaFirst[init]!;
    const last = findLastAtOrBelow(this.deltaAddresses, first, this.deltaCount[init]!, offset);
    return { first, count: last < 0 ? 0 : last - first + 1 };
  }
}

/** Collects STACK CFI INIT and STACK CFI records while parsing. */
export class CfiTableBuilder {
  private readonly starts: Float64Column;
  private readonly ends: Float64Column;
  private readonly ruleReferences: Uint32Column;
  private readonly ruleLengths: Uint32Column;
  private readonly deltaFirst: Uint32Column;
  private readonly deltaCount: Uint32Column;
  private readonly deltaAddresses: Float64Column;
  private readonly deltaRuleReferences: Uint32Column;
  private readonly deltaRuleLengths: Uint32Column;
  private open = false;
  private openIsKept = false;

  /** Records dropped by the reference's rules (zero size, overlaps). */
  discardedRecords = 0;

  /** `progress`: the parse's, which sizes the columns' growth. */
  constructor(progress = UNKNOWN_PROGRESS) {
    this.starts = createFloat64Column(256, progress);
    this.ends = createFloat64Column(256, progress);
    this.ruleReferences = createUint32Column(256, progress);
    this.ruleLengths = createUint32Column(256, progress);
    this.deltaFirst = createUint32Column(256, progress);
    this.deltaCount = createUint32Column(256, progress);
    this.deltaAddresses = createFloat64Column(256, progress);
    this.deltaRuleReferences = createUint32Column(256, progress);
    this.deltaRuleLengths = createUint32Column(256, progress);
  }

  /** Starts an INIT range (`end` exclusive); a zero-size range is discarded with its deltas. */
  beginInit(start: number, end: number, ruleReference: number, ruleLength: number): void {
    this.endInit();
    this.open = true;
    this.openIsKept = end > start;
    if (!this.openIsKept) {
      this.discardedRecords++;
      return;
    }
    this.starts.push(start);
    this.ends.push(end);
    this.ruleReferences.push(ruleReference);
    this.ruleLengths.push(ruleLength);
    this.deltaFirst.push(this.deltaAddresses.length);
  }

  /** Adds a delta row to the open INIT range. */
  addDelta(address: number, ruleReference: number, ruleLength: number): void {
    if (!this.openIsKept) return;
    this.deltaAddresses.push(address);
    this.deltaRuleReferences.push(ruleReference);
    this.deltaRuleLengths.push(ruleLength);
  }

  /** Closes the open INIT range. */
  endInit(): void {
    if (!this.open) return;
    this.open = false;
    if (!this.openIsKept) return;
    const init = this.starts.length - 1;
    this.deltaCount.push(this.deltaAddresses.length - this.deltaFirst.values[init]!);
  }

  /** Sorts the delta rows, resolves overlapping ranges and returns the table. */
  finish(heap: ByteHeap): CfiTable {
    this.endInit();
    this.sortDeltas(heap);
    const count = this.starts.length;
    const kept = keepNonOverlapping(this.starts.values, this.ends.values, 0, count);
    this.discardedRecords += count - kept.length;
    const keepsAll = keepsEveryRow(kept, count);
    return new CfiTable(
      selectRows(this.starts, kept, keepsAll),
      selectRows(this.ends, kept, keepsAll),
      selectRows(this.ruleReferences, kept, keepsAll),
      selectRows(this.ruleLengths, kept, keepsAll),
      selectRows(this.deltaFirst, kept, keepsAll),
      selectRows(this.deltaCount, kept, keepsAll),
      this.deltaAddresses.finish(),
      this.deltaRuleReferences.finish(),
      this.deltaRuleLengths.finish(),
    );
  }

  /** Sorts each INIT's delta rows by (address, rule text), as the reference does. */
  private sortDeltas(heap: ByteHeap): void {
    const addresses = this.deltaAddresses.values;
    const references = this.deltaRuleReferences.values;
    const lengths = this.deltaRuleLengths.values;
    const compare = (a: number, b: number): number =>
      addresses[a]! - addresses[b]! ||
      heap.compare(references[a]!, lengths[a]!, references[b]!, lengths[b]!);
    for (let init = 0; init < this.starts.length; init++) {
      const first = this.deltaFirst.values[init]!;
      const end = first + this.deltaCount.values[init]!;
      let sorted = true;
      for (let index = first + 1; index < end && sorted; index++) {
        sorted = compare(index - 1, index) <= 0;
      }
      if (sorted) continue;
      const order = Array.from({ length: end - first }, (_, offset) => first + offset).sort(
        compare,
      );
      const sortedAddresses = order.map((index) => addresses[index]!);
      const sortedReferences = order.map((index) => references[index]!);
      const sortedLengths = order.map((index) => lengths[index]!);
      addresses.set(sortedAddresses, first);
      references.set(sortedReferences, first);
      lengths.set(sortedLengths, first);
    }
  }
}
