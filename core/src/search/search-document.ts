/**
 * The searchable copy of a processed crash: the catalog's fields read from their source
 * paths and fixed the way the reference fixes values before indexing, so a bad value costs
 * one field, never the crash. Both search adapters index this, so they hold the same data.
 */
import { FIELD_CATALOG } from '../fields/field-catalog.js';
import type { FieldDefinition } from '../fields/field-definition.js';
import { CairnError } from '../errors.js';
import type { ProcessedCrash } from '../ports/crash-storage.js';
import { readSourceValues } from './read-source-values.js';
import { fixFieldValue, type SearchValue } from './fix-field-value.js';
import { formatSearchDate, parseSearchDate } from './search-dates.js';

/** One crash as the search index stores it. */
export interface SearchDocument {
  readonly uuid: string;
  /** `date` (date_processed) in epoch milliseconds: it picks the weekly index. */
  readonly dateMs: number;
  /** Catalog field name → fixed value; list fields hold arrays; missing fields are absent. */
  readonly values: ReadonlyMap<string, SearchValue>;
  /** Fields whose value could not be stored at all (not a number, out of range…). */
  readonly droppedFields: readonly string[];
}

/**
 * The search document of a processed crash. Throws BAD_REQUEST when the crash has no uuid
 * or no readable `date_processed`, without which it cannot be indexed at all.
 */
export function toSearchDocument(processedCrash: ProcessedCrash): SearchDocument {
  const uuid = processedCrash.uuid;
  if (typeof uuid !== 'string' || uuid === '') {
    throw new CairnError('BAD_REQUEST', 'a processed crash to index needs a uuid');
  }
  const dateMs =
    typeof processedCrash.date_processed === 'string'
      ? parseSearchDate(processedCrash.date_processed)
      : undefined;
  if (dateMs === undefined) {
    throw new CairnError('BAD_REQUEST', `crash ${uuid}: date_processed is missing or not a date`);
  }
  const values = new Map<string, SearchValue>();
  const droppedFields: string[] = [];
  for (const field of FIELD_CATALOG.values()) {
    const raw = field.name === 'date' ? formatSearchDate(dateMs) : readField(processedCrash, field);
    if (raw === undefined) continue;
    const fixed = fixFieldValue(field, raw);
    if (fixed === undefined) droppedFields.push(field.name);
    else values.set(field.name, fixed);
  }
  return { uuid, dateMs, values, droppedFields };
}

/** The raw value of a field: null counts as missing unless the field maps null to a value. */
function readField(processedCrash: ProcessedCrash, field: FieldDefinition): unknown {
  const found = readSourceValues(processedCrash, field.sourcePaths, field.isList);
  if (found === null) return field.nullValue ?? undefined;
  return found;
}
