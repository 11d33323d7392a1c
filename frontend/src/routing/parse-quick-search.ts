/**
 * What the header's quick-search box means (research/crashstats-webapp.md §2.1): text holding
 * a crash id (bare, `bp-` prefixed, or inside a report URL) opens that report; anything else
 * searches for signatures containing the text.
 */

/** Where the quick-search box leads. */
export type QuickSearchTarget =
  | { readonly kind: 'crash'; readonly crashId: string }
  | { readonly kind: 'signature'; readonly text: string }
  | { readonly kind: 'empty' };

const CRASH_ID_IN_TEXT =
  /(?:^|[^a-f0-9-])(?:bp-)?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{6}[0-9]{6})(?![a-f0-9-])/;

/** Whether the last six digits of a crash id are a real date (YYMMDD), as the reference checks. */
function hasValidDateSuffix(crashId: string): boolean {
  const yy = Number(crashId.slice(-6, -4));
  const mm = Number(crashId.slice(-4, -2));
  const dd = Number(crashId.slice(-2));
  const date = new Date(Date.UTC(2000 + yy, mm - 1, dd));
  return date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
}

/** Reads the quick-search box. */
export function parseQuickSearch(input: string): QuickSearchTarget {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  const crashId = CRASH_ID_IN_TEXT.exec(text.toLowerCase())?.[1];
  if (crashId && hasValidDateSuffix(crashId)) return { kind: 'crash', crashId };
  return { kind: 'signature', text };
}
