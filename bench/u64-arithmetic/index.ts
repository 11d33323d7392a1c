/**
 * `npm run bench -- u64-arithmetic`: the walker's hot loop (read a stack word, test whether it
 * points into a module, step) with 64-bit values as bigint versus as pairs of 32-bit numbers.
 * Decides how the unwinders represent addresses (docs/decisions.md, "minidump").
 */
const WORDS = 1 << 16;
const ROUNDS = 40;

function makeStack(): { bytes: Uint8Array; modules: Array<[bigint, bigint]> } {
  const bytes = new Uint8Array(WORDS * 8);
  const view = new DataView(bytes.buffer);
  let seed = 7;
  const modules: Array<[bigint, bigint]> = [];
  for (let index = 0; index < 64; index++)
    modules.push([0x7f0000000000n + BigInt(index) * 0x1000000n, 0x800000n]);
  for (let index = 0; index < WORDS; index++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const value =
      seed % 3 === 0 ? 0x7f0000000000n + BigInt(seed % 0x40000000) : BigInt(seed) * 977n;
    view.setBigUint64(index * 8, value, true);
  }
  return { bytes, modules };
}

function countBigint(bytes: Uint8Array, modules: Array<[bigint, bigint]>): number {
  const view = new DataView(bytes.buffer);
  const starts = modules.map(([start]) => start);
  const ends = modules.map(([start, size]) => start + size);
  let hits = 0;
  for (let address = 0n; address < BigInt(bytes.length); address += 8n) {
    const value = view.getBigUint64(Number(address), true);
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= value) low = middle + 1;
      else high = middle - 1;
    }
    if (high >= 0 && value - 1n < ends[high]!) hits++;
  }
  return hits;
}

function countPairs(bytes: Uint8Array, modules: Array<[bigint, bigint]>): number {
  const view = new DataView(bytes.buffer);
  const startHi = modules.map(([start]) => Number(start >> 32n));
  const startLo = modules.map(([start]) => Number(start & 0xffffffffn));
  const endHi = modules.map(([start, size]) => Number((start + size) >> 32n));
  const endLo = modules.map(([start, size]) => Number((start + size) & 0xffffffffn));
  let hits = 0;
  for (let offset = 0; offset < bytes.length; offset += 8) {
    const lo = view.getUint32(offset, true);
    const hi = view.getUint32(offset + 4, true);
    let low = 0;
    let high = startHi.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (startHi[middle]! < hi || (startHi[middle] === hi && startLo[middle]! <= lo))
        low = middle + 1;
      else high = middle - 1;
    }
    if (high < 0) continue;
    // value − 1 < end, with a borrow across the halves.
    const minusLo = lo === 0 ? 0xffffffff : lo - 1;
    const minusHi = lo === 0 ? hi - 1 : hi;
    if (minusHi < endHi[high]! || (minusHi === endHi[high] && minusLo < endLo[high]!)) hits++;
  }
  return hits;
}

/** What the walker does: reject with numbers, then confirm with bigint only for plausible words. */
function countHybrid(bytes: Uint8Array, modules: Array<[bigint, bigint]>): number {
  const view = new DataView(bytes.buffer);
  const starts = Float64Array.from(modules, ([start]) => Number(start));
  const ends = Float64Array.from(modules, ([start, size]) => Number(start + size));
  const exactEnds = modules.map(([start, size]) => start + size);
  let hits = 0;
  for (let offset = 0; offset < bytes.length; offset += 8) {
    const approximate =
      view.getUint32(offset + 4, true) * 0x100000000 + view.getUint32(offset, true);
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= approximate - 1) low = middle + 1;
      else high = middle - 1;
    }
    if (high < 0 || approximate - 1 >= ends[high]!) continue;
    const value = view.getBigUint64(offset, true);
    if (value - 1n < exactEnds[high]!) hits++;
  }
  return hits;
}

function time(label: string, run: () => number): number {
  run();
  const started = performance.now();
  let hits = 0;
  for (let round = 0; round < ROUNDS; round++) hits = run();
  const perWordNs = ((performance.now() - started) * 1e6) / (ROUNDS * WORDS);
  console.log(`${label}: ${perWordNs.toFixed(1)} ns per stack word (${hits} hits)`);
  return perWordNs;
}

/** Runs both variants and prints the time per scanned stack word. */
export async function runBenchmark(): Promise<void> {
  const { bytes, modules } = makeStack();
  const bigint = time('bigint', () => countBigint(bytes, modules));
  const pairs = time('paired u32', () => countPairs(bytes, modules));
  const hybrid = time('number filter + bigint', () => countHybrid(bytes, modules));
  console.log(
    `paired / bigint = ${(pairs / bigint).toFixed(2)}, hybrid / bigint = ${(hybrid / bigint).toFixed(2)}`,
  );
}
