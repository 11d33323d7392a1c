/** The platforms Top Crashers counts separately (the reference's `Platform` fixture). */

/** One platform: the name crashes report and the short name columns use. */
export interface Platform {
  readonly name: string;
  readonly shortName: string;
}

/** The reference's platforms: Windows, Mac OS X, Linux and Unknown. */
export const PLATFORMS: readonly Platform[] = [
  { name: 'Windows', shortName: 'win' },
  { name: 'Mac OS X', shortName: 'mac' },
  { name: 'Linux', shortName: 'lin' },
  { name: 'Unknown', shortName: 'unknown' },
];

/**
 * The short name of the platform a facet term belongs to: its first three letters, lowercased,
 * matched against the short names, as the reference does (`Windows NT` → `win`).
 */
export function platformShortName(term: string): string | undefined {
  const prefix = term.slice(0, 3).toLowerCase();
  return PLATFORMS.find((platform) => platform.shortName === prefix)?.shortName;
}
