/**
 * The real version string of a beta or aurora build, which such builds do not report
 * themselves (research/socorro-processor.md §1.2 rule 40, §7 VersionString API). The answers
 * come from the AppDb's `product_versions` table, which the archive scraper job fills.
 */
import type { AppDb } from '@cairn/core';

/** Looks up the version string of a build; undefined when nothing is known. */
export interface ProductVersionLookup {
  findVersionString(query: {
    readonly product: string;
    readonly channel: string;
    readonly buildId: string;
  }): Promise<string | undefined>;
}

/** A lookup that knows no versions (no database configured). */
export const NO_PRODUCT_VERSIONS: ProductVersionLookup = {
  findVersionString: async () => undefined,
};

/**
 * Looks versions up in `product_versions` with the reference's VersionString rules: rows of
 * (product, lower-cased channel, build id); for beta and aurora, when there is a beta version
 * (`b` in its version string) the release candidates are dropped, otherwise only release
 * candidates are kept. The highest remaining version string wins. (The reference looks at its
 * first row, in an order it does not define; preferring any beta row gives the same answer
 * without depending on row order.)
 */
export function createProductVersionLookup(appDb: AppDb): ProductVersionLookup {
  return {
    async findVersionString({ product, channel, buildId }) {
      const lowerChannel = channel.toLowerCase();
      const rows = await appDb.db
        .selectFrom('product_versions')
        .select('version_string')
        .where('product_name', '=', product)
        .where('release_channel', '=', lowerChannel)
        .where('build_id', '=', buildId)
        .orderBy('version_string', 'desc')
        .execute();
      let versions = rows.map((row) => row.version_string);
      if (lowerChannel === 'beta' || lowerChannel === 'aurora') {
        const isCandidate = (version: string) => version.includes('rc');
        const isBeta = (version: string) => version.includes('b') && !isCandidate(version);
        versions = versions.some(isBeta)
          ? versions.filter((version) => !isCandidate(version))
          : versions.filter(isCandidate);
      }
      return versions[0];
    },
  };
}
