/**
 * The time of a submission, to the microsecond as the reference records it. The raw crash's
 * `submitted_timestamp` is Python's `datetime.isoformat()` of an aware UTC time: six
 * fractional digits, none at all when the microsecond is 0, and always `+00:00`
 * (research/antenna-collector.md §5). JavaScript dates stop at milliseconds, so a clock may
 * also tell microseconds; without that, the milliseconds are padded with zeros.
 */
import type { Clock } from '@cairn/core';

/** A clock that also knows microseconds since the Unix epoch. */
export interface MicrosecondClock extends Clock {
  nowMicroseconds(): bigint;
}

/** A UTC instant to the microsecond. */
export interface SubmissionTime {
  /** The instant, to the millisecond. */
  readonly date: Date;
  /** Microseconds within the second, 0-999999. */
  readonly microsecond: number;
}

/** Reads the current submission time from a clock. */
export function readSubmissionTime(clock: Clock | MicrosecondClock): SubmissionTime {
  if ('nowMicroseconds' in clock) {
    const micros = clock.nowMicroseconds();
    return {
      date: new Date(Number(micros / 1000n)),
      microsecond: Number(((micros % 1_000_000n) + 1_000_000n) % 1_000_000n),
    };
  }
  const date = clock.now();
  return { date, microsecond: date.getUTCMilliseconds() * 1000 };
}

/** `submitted_timestamp` as Python writes it: `2026-07-01T12:00:00.123456+00:00`. */
export function formatSubmittedTimestamp(time: SubmissionTime): string {
  const seconds = time.date.toISOString().slice(0, 19);
  const fraction = time.microsecond === 0 ? '' : `.${String(time.microsecond).padStart(6, '0')}`;
  return `${seconds}${fraction}+00:00`;
}

const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Seconds since the epoch of an ISO 8601 time such as `2011-09-06T00:00:00+00:00`, with
 * microsecond precision; a time without an offset is UTC. Undefined when the text is not such
 * a time (the reference's `isoformat_to_time` answers 0.0 then).
 */
export function parseIsoTimestamp(text: string): number | undefined {
  const match = ISO_TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset] = match;
  const date = new Date(
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second),
    ),
  );
  if (
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day) ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second) > 59
  ) {
    return undefined;
  }
  let offsetSeconds = 0;
  if (offset && offset !== 'Z') {
    const digits = offset.replace(':', '');
    offsetSeconds =
      (digits.startsWith('-') ? -1 : 1) *
      (Number(digits.slice(1, 3)) * 3600 + Number(digits.slice(3, 5)) * 60);
  }
  const micros = Number(fraction.padEnd(6, '0') || '0');
  return date.getTime() / 1000 - offsetSeconds + micros / 1e6;
}
