/** Durations in seconds as people read them ("1 h 2 min 5 s"), for uptime and install age. */

const UNITS: readonly [string, number][] = [
  ['d', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
];

/** Formats whole seconds, largest units first, at most two of them. */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) return String(totalSeconds);
  let rest = Math.floor(totalSeconds);
  if (rest === 0) return '0 s';
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    } else if (parts.length > 0) {
      break;
    }
  }
  return parts.join(' ');
}
