/**
 * Builds a thread's stack memory word by word, with labels for addresses that are not known
 * until the layout is done (a saved frame pointer that points further up the same stack).
 */
export class StackBuilder {
  private readonly items: Array<bigint | { readonly label: string }> = [];
  private readonly labels = new Map<string, number>();

  constructor(
    readonly base: bigint,
    readonly wordSize: 4 | 8,
  ) {}

  /** Appends words holding these values. */
  word(...values: bigint[]): this {
    this.items.push(...values);
    return this;
  }

  /** Appends a word holding the address of a label (resolved when the bytes are built). */
  addressOf(label: string): this {
    this.items.push({ label });
    return this;
  }

  /** Names the address of the next word. */
  mark(label: string): this {
    this.labels.set(label, this.items.length);
    return this;
  }

  /** Appends `count` zero words. */
  skip(count: number): this {
    for (let index = 0; index < count; index++) this.items.push(0n);
    return this;
  }

  /** The address a label stands for. */
  address(label: string): bigint {
    const index = this.labels.get(label);
    if (index === undefined) throw new Error(`unknown stack label ${label}`);
    return this.base + BigInt(index * this.wordSize);
  }

  /** The stack's bytes (little-endian). */
  bytes(): Uint8Array {
    const bytes = new Uint8Array(this.items.length * this.wordSize);
    const view = new DataView(bytes.buffer);
    this.items.forEach((item, index) => {
      const value = typeof item === 'bigint' ? item : this.address(item.label);
      if (this.wordSize === 4) view.setUint32(index * 4, Number(BigInt.asUintN(32, value)), true);
      else view.setBigUint64(index * 8, BigInt.asUintN(64, value), true);
    });
    return bytes;
  }
}
