/**
 * A crash field's value as the report shows it: durations and byte counts in human units
 * (with the raw number kept in the tooltip by the caller), dates in UTC, booleans as Yes/No,
 * lists joined.
 */
import type { CatalogField } from '../../catalog/catalog-field';
import { formatBytes } from '../../format/format-bytes';
import { formatDateTime } from '../../format/format-date-time';
import { formatDuration } from '../../format/format-duration';

/** Fields counted in seconds. */
const DURATION_FIELDS = new Set(['uptime', 'uptime_ts', 'install_age', 'last_crash']);

/** Fields holding seconds since the Unix epoch. */
const EPOCH_FIELDS = new Set(['install_time', 'startup_time']);

/** Whether a field holds a byte count (by the reference's names: memory, page file…). */
function isByteCount(name: string): boolean {
  return (
    /^(memory_|total_|available_)/.test(name) &&
    !name.includes('percentage') &&
    !name.endsWith('ghost_windows')
  );
}

/** The text of a value; null and empty lists give null (nothing to show). */
export function formatFieldValue(
  field: Pick<CatalogField, 'name' | 'queryType'>,
  value: unknown,
): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== null && item !== undefined);
    return items.length === 0 ? null : items.join(', ');
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (DURATION_FIELDS.has(field.name)) return `${formatDuration(value)} (${value})`;
    if (EPOCH_FIELDS.has(field.name))
      return `${formatDateTime(new Date(value * 1000).toISOString())} (${value})`;
    if (isByteCount(field.name)) return `${formatBytes(value)} (${value})`;
    return String(value);
  }
  if (field.queryType === 'date' && typeof value === 'string') return formatDateTime(value);
  return String(value);
}
