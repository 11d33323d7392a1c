/** Shares as the reference's tables show them: two decimals and a percent sign ("12.35 %"). */

/** Formats `part` of `total` as a percentage; "—" when the total is zero. */
export function formatPercent(part: number, total: number): string {
  if (total === 0) return '—';
  return formatPercentValue((part / total) * 100);
}

/** Formats a value already in percent. */
export function formatPercentValue(percent: number): string {
  return `${percent.toFixed(2)} %`;
}

/** Formats a change in percentage points with its sign ("+1.50", "−0.25"). */
export function formatPercentChange(points: number): string {
  const fixed = Math.abs(points).toFixed(2);
  if (Number(fixed) === 0) return '0.00';
  return `${points > 0 ? '+' : '−'}${fixed}`;
}
