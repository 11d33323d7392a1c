/**
 * Dates as the reference writes and reads them: Python's `datetime.isoformat()` for UTC times
 * (`2024-01-02T03:04:05.123000+00:00`), and seconds since the epoch from such text.
 */

/** `date` as Python's isoformat of an aware UTC datetime, microseconds included when non-zero. */
export function formatPythonIsoUtc(date: Date): string {
  const iso = date.toISOString();
  const milliseconds = date.getUTCMilliseconds();
  const base = iso.slice(0, 19);
  return milliseconds === 0
    ? `${base}+00:00`
    : `${base}.${String(milliseconds).padStart(3, '0')}000+00:00`;
}

/** `date` as Python's `str()` of an aware UTC datetime (a space between date and time). */
export function formatPythonUtc(date: Date): string {
  return formatPythonIsoUtc(date).replace('T', ' ');
}

const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Seconds since the epoch (with fraction) of an ISO 8601 timestamp as Python's
 * `datetime.fromisoformat` reads it (no zone means UTC here, as the collector writes UTC);
 * undefined when the text is not one.
 */
export function parseIsoTimestampSeconds(text: string): number | undefined {
  const match = ISO_TIMESTAMP.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = match;
  const utcMs = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  const parsed = new Date(utcMs);
  // Date.UTC rolls 2024-02-30 over into March; Python refuses such dates.
  if (
    Number.isNaN(utcMs) ||
    parsed.getUTCFullYear() !== Number(year) ||
    parsed.getUTCMonth() + 1 !== Number(month) ||
    parsed.getUTCDate() !== Number(day) ||
    parsed.getUTCHours() !== Number(hour) ||
    parsed.getUTCMinutes() !== Number(minute) ||
    parsed.getUTCSeconds() !== Number(second)
  ) {
    return undefined;
  }
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    offsetMinutes =
      (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (zone[0] === '-' ? -1 : 1);
  }
  const fractionSeconds = fraction === '' ? 0 : Number(`0.${fraction}`);
  return utcMs / 1000 - offsetMinutes * 60 + fractionSeconds;
}
