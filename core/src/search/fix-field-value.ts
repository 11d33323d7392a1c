/**
 * The reference's value fixing before indexing (research/socorro-processor.md §6): each
 * storage type accepts what Elasticsearch can store and turns the rest into something
 * harmless, so one bad value never costs the whole crash.
 */
import type { FieldDefinition, StorageType } from '../fields/field-definition.js';
import { formatSearchDate, parseSearchDate } from './search-dates.js';

/** A stored value: lists hold strings. */
export type SearchValue = string | number | boolean | readonly string[];

/** What text and keyword fields hold instead of a value of the wrong type. */
export const BAD_DATA = 'BAD DATA';

const MAX_KEYWORD_CHARACTERS = 10_000;
/** Lucene's limit on one term, in UTF-8 bytes. */
const MAX_TEXT_BYTES = 32_766;

const INTEGER_RANGES: Partial<Record<StorageType, readonly [number, number]>> = {
  short: [-(2 ** 15), 2 ** 15 - 1],
  integer: [-(2 ** 31), 2 ** 31 - 1],
  // A long holds 64 bits, but JavaScript numbers are exact only up to 2^53.
  long: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/**
 * The value to index, or undefined when it must be left out:
 * - keyword: text cut to 10,000 characters; text: cut to 32,766 UTF-8 bytes; anything that
 *   is not text becomes `BAD DATA` (list fields fix each element);
 * - numbers: integers in the storage's range (numeric text is read, fractions dropped),
 *   finite doubles; anything else is left out;
 * - boolean: true only for `true`, `1`, `"1"` and `"true"`, false otherwise;
 * - date: an ISO 8601 date in UTC, left out when unreadable.
 */
export function fixFieldValue(field: FieldDefinition, raw: unknown): SearchValue | undefined {
  const { storage } = field;
  if (storage === 'keyword' || storage === 'text' || storage === 'semicolon_text') {
    if (!field.isList || storage === 'semicolon_text') {
      if (Array.isArray(raw) && storage === 'semicolon_text') {
        return raw.map((item) => fixText(storage, item));
      }
      return fixText(storage, raw);
    }
    const items = (Array.isArray(raw) ? raw : [raw]).map((item) => fixText(storage, item));
    return items.length === 0 ? undefined : items;
  }
  if (storage === 'boolean') return raw === true || raw === 1 || raw === '1' || raw === 'true';
  if (storage === 'date') {
    const ms = typeof raw === 'string' ? parseSearchDate(raw) : undefined;
    return ms === undefined ? undefined : formatSearchDate(ms);
  }
  if (storage === 'double') {
    const number = toNumber(raw);
    return number !== undefined && Number.isFinite(number) ? number : undefined;
  }
  return fixInteger(INTEGER_RANGES[storage]!, raw);
}

function fixText(storage: StorageType, raw: unknown): string {
  if (typeof raw !== 'string') return BAD_DATA;
  return storage === 'keyword' ? cutCharacters(raw) : cutUtf8(raw);
}

function cutCharacters(text: string): string {
  if (text.length <= MAX_KEYWORD_CHARACTERS) return text;
  return Array.from(text).slice(0, MAX_KEYWORD_CHARACTERS).join('');
}

function cutUtf8(text: string): string {
  if (text.length * 3 <= MAX_TEXT_BYTES) return text;
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= MAX_TEXT_BYTES) return text;
  let end = MAX_TEXT_BYTES;
  // Back up over continuation bytes (10xxxxxx) so the cut falls on a character boundary.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(raw)) {
    return Number(raw);
  }
  return undefined;
}

function fixInteger(range: readonly [number, number], raw: unknown): number | undefined {
  const number =
    typeof raw === 'number'
      ? Math.trunc(raw)
      : typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw)
        ? Number(raw)
        : undefined;
  if (number === undefined || !Number.isFinite(number)) return undefined;
  return number >= range[0] && number <= range[1] ? number : undefined;
}
