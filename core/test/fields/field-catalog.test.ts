import { describe, expect, it } from 'vitest';
import { FIELD_CATALOG, findField } from '../../src/fields/field-catalog.js';
import type { FieldDefinition } from '../../src/fields/field-definition.js';
import { OPERATOR_PREFIX, type FilterOperator } from '../../src/fields/filter-operators.js';
import {
  conformanceDir,
  readArrayKeys,
  readReferenceFields,
  type ReferenceField,
} from './reference-fields.js';

const dataDir = conformanceDir();
const cairnFields = [...FIELD_CATALOG.values()].filter((field) => field.origin === 'cairn');
const socorroFields = [...FIELD_CATALOG.values()].filter((field) => field.origin === 'socorro');

/** The catalog's storage, written the way the reference table describes it. */
function referenceStorage(field: FieldDefinition): string {
  return field.storage === 'semicolon_text' ? 'text' : field.storage;
}

function prefixes(operators: readonly FilterOperator[]): string[] {
  return operators.map((operator) => OPERATOR_PREFIX[operator]).sort();
}

describe('the field catalog', () => {
  it('declares every field once, sorted by name', () => {
    const names = [...FIELD_CATALOG.keys()];
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('adds the crashing-thread stack fields to the reference set', () => {
    expect(cairnFields.map((field) => field.name).sort()).toEqual([
      'stack_file',
      'stack_function',
      'stack_module',
    ]);
    for (const field of cairnFields) {
      expect(field.isList).toBe(true);
      expect(field.operators).toContain('contains');
      expect(
        field.sourcePaths.every((source) =>
          source.startsWith('json_dump.crashing_thread.frames[]'),
        ),
      ).toBe(true);
    }
  });

  it('gives every field a description and frozen definition', () => {
    for (const field of FIELD_CATALOG.values()) {
      expect(field.description.length, field.name).toBeGreaterThan(10);
      expect(Object.isFrozen(field)).toBe(true);
    }
  });

  it('finds fields by name and nothing for unknown names', () => {
    expect(findField('signature')?.storage).toBe('text');
    expect(findField('no_such_field')).toBeUndefined();
  });
});

describe.skipIf(!dataDir)('the field catalog against the reference field list', () => {
  const reference = dataDir ? readReferenceFields(dataDir) : new Map<string, ReferenceField>();

  it('has exactly the reference fields besides its own additions', () => {
    expect(socorroFields.map((field) => field.name).sort()).toEqual([...reference.keys()].sort());
  });

  it.each(socorroFields.map((field) => [field.name, field] as const))(
    '%s matches the reference definition',
    (name, field) => {
      const expected = reference.get(name)!;
      expect(field.queryType).toBe(expected.query_type);
      expect(field.valueType).toBe(expected.data_validation_type);
      expect(referenceStorage(field)).toBe(expected.storage_type);
      expect(field.storage === 'text').toBe(expected.has_full_version);
      expect(field.storage === 'semicolon_text').toBe(
        expected.storage_mapping.analyzer === 'semicolon_keywords',
      );
      expect(field.permission === 'view_pii').toBe(
        expected.permissions_needed.includes('protected'),
      );
      expect(`processed_crash.${field.sourcePaths[0]}`).toBe(expected.source_key);
      expect(field.hasHistogram).toBe(expected.histogram);
      expect(field.choices).toEqual(expected.form_field_choices ?? []);
      expect(field.nullValue).toBe(expected.storage_mapping.null_value ?? null);
      // Cairn lists the bare value for booleans, which the reference accepts without listing
      // it, and lets `version` use "starts with", which the reference's beta rule produces.
      const expectedOperators = [
        ...expected.operators,
        ...(field.valueType === 'bool' ? [''] : []),
        ...(name === 'version' ? ['^'] : []),
      ];
      expect(prefixes(field.operators)).toEqual(expectedOperators.sort());
    },
  );

  it('treats the processed crash’s array fields as lists', () => {
    const arrayKeys = readArrayKeys(dataDir!);
    for (const field of socorroFields) {
      if (arrayKeys.has(field.sourcePaths[0]!)) expect(field.isList, field.name).toBe(true);
    }
  });
});
