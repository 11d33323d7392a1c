/**
 * Small constructors that keep the catalog files short: each one fills in what follows from
 * the kind of field (query type, value type, operators, histogram support), so a catalog entry
 * only says what is particular to it.
 */
import type {
  FieldDefinition,
  FieldPermission,
  QueryType,
  StorageType,
  ValueType,
} from './field-definition.js';
import { OPERATORS_BY_VALUE_TYPE, type FilterOperator } from './filter-operators.js';

/** What a catalog entry may say beyond its name and description. */
export interface FieldOptions {
  /** Source path(s) in the processed crash; defaults to the field's name. */
  readonly source?: string | readonly string[];
  readonly permission?: FieldPermission;
  readonly choices?: readonly string[];
  readonly isList?: boolean;
  readonly isFrequentFilter?: boolean;
  readonly nullValue?: boolean;
  readonly origin?: FieldDefinition['origin'];
  /** Operators accepted beyond those of the field's value type. */
  readonly extraOperators?: readonly FilterOperator[];
}

function defineField(
  name: string,
  description: string,
  kind: { queryType: QueryType; valueType: ValueType; storage: StorageType },
  options: FieldOptions,
): FieldDefinition {
  const source = options.source ?? name;
  return Object.freeze({
    name,
    description,
    queryType: kind.queryType,
    valueType: kind.valueType,
    sourcePaths: Object.freeze(typeof source === 'string' ? [source] : [...source]),
    storage: kind.storage,
    isList: options.isList ?? false,
    operators: Object.freeze([
      ...OPERATORS_BY_VALUE_TYPE[kind.valueType],
      ...(options.extraOperators ?? []),
    ]),
    isAggregatable: true,
    hasHistogram: ['integer', 'float', 'date'].includes(kind.queryType),
    permission: options.permission ?? null,
    choices: Object.freeze([...(options.choices ?? [])]),
    isFrequentFilter: options.isFrequentFilter ?? false,
    nullValue: options.nullValue ?? null,
    origin: options.origin ?? 'socorro',
  });
}

/** Free text: words for bare matches, the whole value for everything else. */
export function textField(name: string, description: string, options: FieldOptions = {}) {
  return defineField(
    name,
    description,
    { queryType: 'string', valueType: 'str', storage: 'text' },
    options,
  );
}

/** A string matched and aggregated as a whole (identifiers, short codes). */
export function keywordField(name: string, description: string, options: FieldOptions = {}) {
  return defineField(
    name,
    description,
    { queryType: 'string', valueType: 'str', storage: 'keyword' },
    options,
  );
}

/** A `;`-separated list in one string, searched and aggregated item by item. */
export function semicolonListField(name: string, description: string, options: FieldOptions = {}) {
  return defineField(
    name,
    description,
    { queryType: 'string', valueType: 'str', storage: 'semicolon_text' },
    options,
  );
}

/** A string from a small set of values, offered as a list in the search form. */
export function enumField(
  name: string,
  description: string,
  storage: 'text' | 'keyword' | 'semicolon_text',
  options: FieldOptions = {},
) {
  return defineField(name, description, { queryType: 'enum', valueType: 'enum', storage }, options);
}

/** A whole number; `storage` is its width in the search index. */
export function integerField(
  name: string,
  description: string,
  storage: 'long' | 'integer' | 'short',
  options: FieldOptions = {},
) {
  return defineField(
    name,
    description,
    { queryType: 'integer', valueType: 'int', storage },
    options,
  );
}

/** A floating-point number. */
export function floatField(name: string, description: string, options: FieldOptions = {}) {
  return defineField(
    name,
    description,
    { queryType: 'float', valueType: 'float', storage: 'double' },
    options,
  );
}

/** A true/false flag. `queryType: 'enum'` shows it as a two-value list (the reference's addons_checked). */
export function boolField(
  name: string,
  description: string,
  options: FieldOptions & { readonly queryType?: 'bool' | 'enum' } = {},
) {
  return defineField(
    name,
    description,
    { queryType: options.queryType ?? 'bool', valueType: 'bool', storage: 'boolean' },
    options,
  );
}

/** A point in time (UTC). */
export function dateField(name: string, description: string, options: FieldOptions = {}) {
  return defineField(
    name,
    description,
    { queryType: 'date', valueType: 'datetime', storage: 'date' },
    options,
  );
}
