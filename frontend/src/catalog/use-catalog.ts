/**
 * The field catalog the API serves (`fields`): the field picker, operators, columns, the
 * report's field list and the data dictionary all come from it, never from a copied list.
 */
import { useMemo } from 'react';
import { gql, useQuery, type CombinedError } from 'urql';
import { useSession } from '../session/session-context';
import { canUseField, type CatalogField } from './catalog-field';

const FIELDS_QUERY = gql<{ fields: CatalogField[] }>`
  query Fields {
    fields {
      name
      graphqlName
      description
      queryType
      valueType
      operators
      isAggregatable
      hasHistogram
      isList
      permission
      choices
      sourcePaths
    }
  }
`;

/** The catalog, and the part of it the caller may use. */
export interface Catalog {
  /** Every field, sorted by name. */
  readonly fields: readonly CatalogField[];
  readonly byName: ReadonlyMap<string, CatalogField>;
  /** The fields the caller's permissions allow, sorted by name. */
  readonly usable: readonly CatalogField[];
  /** Whether the caller may use the field (false for unknown names). */
  canUse(name: string): boolean;
  /** Whether the field exists and needs a permission the caller lacks. */
  isForbidden(name: string): boolean;
}

/** Loads the catalog (once per session; urql caches it). */
export function useCatalog(): { catalog?: Catalog; fetching: boolean; error?: CombinedError } {
  const [{ data, fetching, error }] = useQuery({
    query: FIELDS_QUERY,
    requestPolicy: 'cache-first',
  });
  const { permissions } = useSession();
  const catalog = useMemo<Catalog | undefined>(() => {
    if (!data) return undefined;
    const fields = [...data.fields].sort((a, b) => (a.name < b.name ? -1 : 1));
    const byName = new Map(fields.map((field) => [field.name, field]));
    const usable = fields.filter((field) => canUseField(field, permissions));
    const usableNames = new Set(usable.map((field) => field.name));
    return {
      fields,
      byName,
      usable,
      canUse: (name) => usableNames.has(name),
      isForbidden: (name) => byName.has(name) && !usableNames.has(name),
    };
  }, [data, permissions]);
  return { ...(catalog && { catalog }), fetching, ...(error && { error }) };
}
