/** Catalog names (Crash Stats' snake_case) as GraphQL field names (camelCase). */

/** `moz_crash_reason_raw` → `mozCrashReasonRaw`. */
export function toGraphqlFieldName(catalogName: string): string {
  return catalogName.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}
