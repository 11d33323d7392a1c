import { createUint32Column } from '../parse/growable-array.js';
import { findLastAtOrBelow } from './range-order.js';

/** FILE or INLINE_ORIGIN records: numeric id → name. A later record with the same id wins. */
export class IdNameTable {
  constructor(
    private readonly ids: Uint32Array,
    private readonly nameReferences: Uint32Array,
    private readonly nameLengths: Uint32Array,
  ) {}

  /** Number of distinct ids. */
  get count(): number {
    return this.ids.length;
  }

  /** Bytes held by the arrays. */
  get byteLength(): number {
    return this.ids.byteLength * 3;
  }

  /** Index of `id` for `nameReference`/`nameLength`, or -1 when the id was never defined. */
  find(id: number): number {
    const index = findLastAtOrBelow(this.ids, 0, this.ids.length, id);
    return index >= 0 && this.ids[index] === id ? index : -1;
  }

  /** Heap reference of entry `index`'s name. */
  nameReference(index: number): number {
    return this.nameReferences[index]!;
  }

  /** Byte length of entry `index`'s name. */
  nameLength(index: number): number {
    return this.nameLengths[index]!;
  }
}

/** Collects FILE or INLINE_ORIGIN records while parsing. */
export class IdNameTableBuilder {
  private readonly ids = createUint32Column();
  private readonly nameReferences = createUint32Column();
  private readonly nameLengths = createUint32Column();

  /** Adds one record. */
  add(id: number, nameReference: number, nameLength: number): void {
    this.ids.push(id);
    this.nameReferences.push(nameReference);
    this.nameLengths.push(nameLength);
  }

  /** Sorts by id, keeps the last definition of each id, and returns the table. */
  finish(): IdNameTable {
    const count = this.ids.length;
    const ids = this.ids.values;
    let order: number[] | null = null;
    for (let index = 1; index < count; index++) {
      if (ids[index]! <= ids[index - 1]!) {
        order = Array.from({ length: count }, (_, position) => position).sort(
          (a, b) => ids[a]! - ids[b]! || a - b,
        );
        break;
      }
    }
    if (order === null) {
      return new IdNameTable(
        this.ids.finish(),
        this.nameReferences.finish(),
        this.nameLengths.finish(),
      );
    }
    const kept = order.filter(
      (index, position) =>
        position === order.length - 1 || ids[order[position + 1]!] !== ids[index],
    );
    const table = new IdNameTable(
      Uint32Array.from(kept, (index) => ids[index]!),
      Uint32Array.from(kept, (index) => this.nameReferences.values[index]!),
      Uint32Array.from(kept, (index) => this.nameLengths.values[index]!),
    );
    this.ids.release();
    this.nameReferences.release();
    this.nameLengths.release();
    return table;
  }
}
