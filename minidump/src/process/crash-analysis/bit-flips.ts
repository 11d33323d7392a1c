import type { CpuContext } from '../../reader/context/cpu-context.js';
import { GENERAL_REGISTERS } from '../../reader/context/cpu-context.js';
import type { MemoryProtection, ProtectedRegion } from '../memory-protection.js';
import type { BitFlipDetails, PossibleBitFlip } from './crash-analysis.js';

/** What the crash was doing to memory, as far as the crash reason says. */
export type MemoryOperation = 'unknown' | 'read' | 'write' | 'execute';

/** Which bits of the address to flip. */
export type BitRange = 'amd64-canonical' | 'amd64-non-canonical' | 'all';

const BIT_RANGES: Record<BitRange, readonly [number, number]> = {
  'amd64-canonical': [0, 48],
  'amd64-non-canonical': [48, 64],
  all: [0, 64],
};

/** Registers within this distance of a candidate count as "nearby". */
const NEARBY_REGISTER_DISTANCE = 1n << 12n;
/** Candidates at or below this address are "low". */
const LOW_ADDRESS_CUTOFF = NEARBY_REGISTER_DISTANCE * 2n;
/** Low bytes of repeated-byte register values that allocators use as poison. */
const POISON_BYTES = new Set([
  0x2b, 0x2d, 0x2f, 0x49, 0x4b, 0x4d, 0x4f, 0x6b, 0x8b, 0x9b, 0x9f, 0xa5, 0xbb, 0xcc, 0xcd, 0xce,
  0xdb, 0xe5,
]);

const f32 = Math.fround;
const HIGH = f32(0.9);
const MEDIUM = f32(0.5);
const LOW = f32(0.25);
const NEARBY_REGISTER = [
  MEDIUM,
  f32(MEDIUM + f32(0.05)),
  f32(MEDIUM + f32(0.1)),
  f32(MEDIUM + f32(0.15)),
];

function allowed(operation: MemoryOperation, region: ProtectedRegion): boolean {
  switch (operation) {
    case 'unknown':
      return true;
    case 'read':
      return region.readable;
    case 'write':
      return region.writable;
    default:
      return region.executable;
  }
}

/** The reference's confidence, computed in 32-bit floats as it does. */
function confidenceOf(details: BitFlipDetails): number {
  const values = [LOW];
  if (details.wasNonCanonical) values.push(HIGH);
  if (details.isNull) values.push(details.wasLow ? f32(MEDIUM * MEDIUM) : MEDIUM);
  if (details.nearbyRegisters > 0)
    values.push(NEARBY_REGISTER[Math.min(details.nearbyRegisters, 4) - 1]!);
  let product = f32(1);
  for (const value of values) product = f32(product * f32(1 - value));
  let confidence = f32(1 - product);
  if (details.poisonRegisters) confidence = f32(confidence * MEDIUM);
  return confidence;
}

function detailsFor(
  candidate: bigint,
  original: bigint,
  wasNonCanonical: boolean,
  context: CpuContext | undefined,
): BitFlipDetails {
  const isNull = candidate === 0n;
  let nearbyRegisters = 0;
  let poisonRegisters = false;
  if (context !== undefined) {
    for (const name of GENERAL_REGISTERS[context.cpu]) {
      const value = context.registers.get(name);
      if (value === undefined) continue;
      const distance = candidate > value ? candidate - value : value - candidate;
      if (candidate > LOW_ADDRESS_CUTOFF && distance <= NEARBY_REGISTER_DISTANCE) nearbyRegisters++;
      const low = value & 0xffn;
      if (
        !poisonRegisters &&
        value === low * 0x0101010101010101n &&
        POISON_BYTES.has(Number(low))
      ) {
        poisonRegisters = true;
      }
    }
  }
  return {
    wasNonCanonical,
    isNull,
    wasLow: isNull && original <= LOW_ADDRESS_CUTOFF,
    nearbyRegisters,
    poisonRegisters,
  };
}

/**
 * Addresses one flipped bit away from `address` that land in memory allowing the operation
 * (plus null, taken as a logic error). Nothing when `address` itself was allowed.
 */
export function findBitFlips(
  address: bigint,
  sourceRegister: string | null,
  range: BitRange,
  context: CpuContext | undefined,
  protection: MemoryProtection,
  operation: MemoryOperation,
): PossibleBitFlip[] {
  const own = protection.regionAt(address);
  if (own !== undefined && allowed(operation, own)) return [];
  const flips: PossibleBitFlip[] = [];
  const add = (candidate: bigint): void => {
    const details = detailsFor(candidate, address, range === 'amd64-non-canonical', context);
    flips.push({ address: candidate, sourceRegister, details, confidence: confidenceOf(details) });
  };
  const [first, last] = BIT_RANGES[range];
  for (let bit = first; bit < last; bit++) {
    const candidate = address ^ (1n << BigInt(bit));
    if (candidate === 0n) add(candidate);
    const region = protection.regionAt(candidate);
    if (region !== undefined && allowed(operation, region)) add(candidate);
  }
  return flips;
}
