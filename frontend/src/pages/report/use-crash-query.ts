/** Fetches one crash for the report page, asking for what the caller may read. */
import { useMemo } from 'react';
import { gql, useQuery } from 'urql';
import type { CatalogField } from '../../catalog/catalog-field';
import { buildCrashQuery, type ReportCrash } from './build-crash-query';

/** The crash query for a crash id (bare, bp- prefixed or a report URL). */
export function useCrashQuery(
  crashId: string,
  fields: readonly CatalogField[],
  permissions: ReadonlySet<string>,
) {
  const query = useMemo(
    () => gql<{ crash: ReportCrash | null }, { id: string }>(buildCrashQuery(fields, permissions)),
    [fields, permissions],
  );
  return useQuery({ query, variables: { id: crashId } });
}
