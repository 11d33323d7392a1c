import type { ByteHeap } from '../parse/byte-heap.js';
import {
  createFloat64Column,
  createUint32Column,
  type Float64Column,
  type Uint32Column,
} from '../parse/growable-array.js';
import { UNKNOWN_PROGRESS } from '../parse/parse-progress.js';
import { findLastAtOrBelow } from './range-order.js';

/** PUBLIC records sorted by (address, name bytes, parameter size), like the reference. */
export class PublicTable {
  constructor(
    /** Addresses, sorted. */
    readonly addresses: Float64Array,
    readonly parameterSizes: Uint32Array,
    readonly nameReferences: Uint32Array,
    readonly nameLengths: Uint32Array,
  ) {}

  /** Number of PUBLIC records. */
  get count(): number {
    return this.addresses.length;
  }

  /** Bytes held by the arrays. */
  get byteLength(): number {
    return this.addresses.byteLength * 2.5;
  }

  /** The last PUBLIC (in sorted order) whose address is ≤ `offset`, or -1. */
  findNearest(offset: number): number {
    return findLastAtOrBelow(this.addresses, 0, this.addresses.length, offset);
  }
}

/** Collects PUBLIC records while parsing. */
export class PublicTableBuilder {
  private readonly addresses: Float64Column;
  private readonly parameterSizes: Uint32Column;
  private readonly nameReferences: Uint32Column;
  private readonly nameLengths: Uint32Column;

  /** `progress`: the parse's, which sizes the columns' growth. */
  constructor(progress = UNKNOWN_PROGRESS) {
    this.addresses = createFloat64Column(256, progress);
    this.parameterSizes = createUint32Column(256, progress);
    this.nameReferences = createUint32Column(256, progress);
    this.nameLengths = createUint32Column(256, progress);
  }

  /** Adds one PUBLIC record. */
  add(address: number, parameterSize: number, nameReference: number, nameLength: number): void {
    this.addresses.push(address);
    this.parameterSizes.push(parameterSize);
    this.nameReferences.push(nameReference);
    this.nameLengths.push(nameLength);
  }

  /** Sorts the records (names compared byte-wise through `heap`) and returns the table. */
  finish(heap: ByteHeap): PublicTable {
    const count = this.addresses.length;
    const addresses = this.addresses.values;
    const references = this.nameReferences.values;
    const lengths = this.nameLengths.values;
    const parameters = this.parameterSizes.values;
    const compare = (a: number, b: number): number =>
      addresses[a]! - addresses[b]! ||
      heap.compare(references[a]!, lengths[a]!, references[b]!, lengths[b]!) ||
      parameters[a]! - parameters[b]!;
    let sorted = true;
    for (let index = 1; index < count && sorted; index++) sorted = compare(index - 1, index) <= 0;
    if (sorted) {
      return new PublicTable(
        this.addresses.finish(),
        this.parameterSizes.finish(),
        this.nameReferences.finish(),
        this.nameLengths.finish(),
      );
    }
    const order = Array.from({ length: count }, (_, index) => index).sort(compare);
    const table = new PublicTable(
      Float64Array.from(order, (index) => addresses[index]!),
      Uint32Array.from(order, (index) => parameters[index]!),
      Uint32Array.from(order, (index) => references[index]!),
      Uint32Array.from(order, (index) => lengths[index]!),
    );
    this.addresses.release();
    this.parameterSizes.release();
    this.nameReferences.release();
    this.nameLengths.release();
    return table;
  }
}
