/**
 * Converts a filter operand to its field's type the way the reference does: text values from a
 * query string and typed values from the native API go through the same rules.
 */
import type { FieldDefinition, ValueType } from '../fields/field-definition.js';
import { badValueError } from './search-errors.js';
import type { PlannedValue } from './search-plan.js';
import type { FilterValue } from './search-query.js';
import { parseSearchDate } from './search-dates.js';

const TRUE_WORDS = new Set(['true', 't', '1', 'y', 'yes']);
const INTEGER_TEXT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
const FLOAT_TEXT = /^\s*[+-]?(?:\d+(?:_\d+)*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/**
 * The operand as the field's type: text for `str`/`enum`, a safe integer for `int`, a finite
 * number for `float`, a boolean for `bool` (true for true/t/1/y/yes in any case, false for
 * anything else, as the reference reads it), epoch milliseconds for `datetime`.
 * Throws the reference's "Bad value for parameter" error otherwise.
 */
export function coerceFilterValue(
  field: FieldDefinition,
  value: FilterValue,
  parameter = field.name,
): PlannedValue {
  const converted = convert(field.valueType, value);
  if (converted === undefined) throw badValueError(parameter, field.valueType);
  return converted;
}

function convert(valueType: ValueType, value: FilterValue): PlannedValue | undefined {
  switch (valueType) {
    case 'str':
    case 'enum':
      return typeof value === 'string' ? value : String(value);
    case 'int': {
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && INTEGER_TEXT.test(value)
            ? Number(value.replaceAll('_', ''))
            : undefined;
      return number !== undefined && Number.isSafeInteger(number) ? number : undefined;
    }
    case 'float': {
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && FLOAT_TEXT.test(value)
            ? Number(value.replaceAll('_', ''))
            : undefined;
      return number !== undefined && Number.isFinite(number) ? number : undefined;
    }
    case 'bool':
      return typeof value === 'boolean' ? value : TRUE_WORDS.has(String(value).toLowerCase());
    case 'datetime':
      return typeof value === 'string' ? parseSearchDate(value) : undefined;
  }
}
