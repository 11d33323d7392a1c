/**
 * Crash ids as Antenna makes them: a UUID4 whose last seven characters are replaced by the
 * throttle digit and the UTC date of collection (YYMMDD). research/antenna-collector.md §3.
 */
import { randomBytes } from 'node:crypto';
import { CairnError } from './errors.js';

/** Throttle results and the digit each leaves in a crash id. */
export const THROTTLE_DIGIT = { ACCEPT: 0, DEFER: 1, REJECT: 2, FAKEACCEPT: 3 } as const;

const CRASH_ID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}[0-9]{6}$/;

/** A source of random bytes; injected so tests can make ids deterministic. */
export type RandomBytes = (size: number) => Uint8Array;

/** Makes a new crash id for a crash received at `receivedAt` with the given throttle digit. */
export function createCrashId(
  receivedAt: Date,
  throttleDigit: number = THROTTLE_DIGIT.ACCEPT,
  random: RandomBytes = randomBytes,
): string {
  if (!Number.isInteger(throttleDigit) || throttleDigit < 0 || throttleDigit > 9) {
    throw new RangeError(`throttle digit must be 0-9, got ${throttleDigit}`);
  }
  const bytes = Uint8Array.from(random(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Buffer.from(bytes).toString('hex');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  const yy = String(receivedAt.getUTCFullYear() % 100).padStart(2, '0');
  const mm = String(receivedAt.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(receivedAt.getUTCDate()).padStart(2, '0');
  return `${uuid.slice(0, -7)}${throttleDigit}${yy}${mm}${dd}`;
}

/**
 * Whether `value` is a crash id in Antenna's strict sense: lowercase, the reference pattern,
 * and a throttle digit of 0 (ACCEPT) or 1 (DEFER).
 */
export function isValidCrashId(value: string): boolean {
  return CRASH_ID_PATTERN.test(value) && (value.at(-7) === '0' || value.at(-7) === '1');
}

/** Whether `value` has the shape of a crash id, whatever its throttle digit. */
export function hasCrashIdShape(value: string): boolean {
  return CRASH_ID_PATTERN.test(value);
}

/** The storage date of a crash id, `YYYYMMDD`, taken from its last six characters. */
export function crashIdDate(crashId: string): string {
  if (!hasCrashIdShape(crashId)) {
    throw new CairnError('INVALID_CRASH_ID', `Not a crash id: ${JSON.stringify(crashId)}`);
  }
  return `20${crashId.slice(-6)}`;
}

/**
 * Reads a crash id as people paste it: bare, with the `bp-` prefix the collector answers
 * with, or inside a report URL (`…/report/index/<id>`). Returns undefined when there is none.
 */
export function parseCrashIdReference(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  const match =
    /(?:^|\/|bp-)([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}[0-9]{6})(?:[/?#]|$)/.exec(
      trimmed,
    );
  return match?.[1];
}
