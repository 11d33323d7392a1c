import type { MinidumpModule } from '../reader/streams/module-list.js';

/** Finds the loaded module whose [base, base + size) range covers an address. */
export class ModuleMap {
  readonly modules: readonly MinidumpModule[];
  private readonly byBase: MinidumpModule[];
  private readonly startNumbers: Float64Array;
  /**
   * The highest end among the modules sorted up to each index: modules may overlap, and this
   * answers "does any module starting at or below an address reach past it" in one read.
   */
  private readonly highestEndNumbers: Float64Array;
  /** The module with the highest base address (ARM64 pointer-authentication stripping uses its end). */
  readonly highestBasedModule: MinidumpModule | undefined;

  constructor(modules: readonly MinidumpModule[]) {
    this.modules = modules;
    const byBase = (a: MinidumpModule, b: MinidumpModule): number =>
      a.baseOfImage < b.baseOfImage ? -1 : a.baseOfImage > b.baseOfImage ? 1 : 0;
    // Module lists usually come sorted; checking is cheaper than sorting bigints again.
    const sorted = modules.every(
      (module, index) => index === 0 || byBase(modules[index - 1]!, module) <= 0,
    );
    this.byBase = sorted ? [...modules] : [...modules].sort(byBase);
    this.highestBasedModule = this.byBase[this.byBase.length - 1];
    this.startNumbers = Float64Array.from(this.byBase, (module) => Number(module.baseOfImage));
    this.highestEndNumbers = new Float64Array(this.byBase.length);
    let highestEnd = -Infinity;
    for (const [index, module] of this.byBase.entries()) {
      highestEnd = Math.max(highestEnd, Number(module.baseOfImage) + module.sizeOfImage);
      this.highestEndNumbers[index] = highestEnd;
    }
  }

  /**
   * False when `value − 1` (a scanned word) cannot lie in any module; true when it may. Works on
   * numbers so the scan loops skip most words without bigint arithmetic.
   */
  mayContainReturnAddress(value: number): boolean {
    if (value > Number.MAX_SAFE_INTEGER) return true;
    const instruction = value - 1;
    let low = 0;
    let high = this.startNumbers.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.startNumbers[middle]! <= instruction) low = middle + 1;
      else high = middle - 1;
    }
    return high >= 0 && instruction < this.highestEndNumbers[high]!;
  }

  /** The module containing `address`, or undefined. */
  moduleAt(address: bigint): MinidumpModule | undefined {
    let low = 0;
    let high = this.byBase.length - 1;
    let candidate = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.byBase[middle]!.baseOfImage <= address) {
        candidate = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    for (let index = candidate; index >= 0; index--) {
      const module = this.byBase[index]!;
      if (address < module.baseOfImage + BigInt(module.sizeOfImage)) return module;
    }
    return undefined;
  }
}
