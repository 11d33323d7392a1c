/** Released builds (the reference's `ProductVersion`), for version strings and version lists. */
import type { AppDb, ProductVersionTable } from '@cairn/core';

/** One released build. */
export type ProductVersionRecord = ProductVersionTable;

/** Adds builds (the same product, channel, build and version string is stored once). */
export async function saveProductVersions(
  appDb: AppDb,
  versions: readonly ProductVersionRecord[],
): Promise<void> {
  if (versions.length === 0) return;
  await appDb.db
    .insertInto('product_versions')
    .values([...versions])
    .onConflict((conflict) =>
      conflict
        .columns(['product_name', 'release_channel', 'build_id', 'version_string'])
        .doNothing(),
    )
    .execute();
}

/** The builds of a product and channel with this build id. */
export async function findProductVersions(
  appDb: AppDb,
  query: { product: string; channel: string; buildId: string },
): Promise<ProductVersionRecord[]> {
  return appDb.db
    .selectFrom('product_versions')
    .selectAll()
    .where('product_name', '=', query.product)
    .where('release_channel', '=', query.channel.toLowerCase())
    .where('build_id', '=', query.buildId)
    .orderBy('version_string')
    .execute();
}

/** Every version string known for a product, newest major first. */
export async function listProductVersionStrings(appDb: AppDb, product: string): Promise<string[]> {
  const rows = await appDb.db
    .selectFrom('product_versions')
    .select(['version_string', 'major_version'])
    .where('product_name', '=', product)
    .distinct()
    .orderBy('major_version', 'desc')
    .orderBy('version_string', 'desc')
    .execute();
  return [...new Set(rows.map((row) => row.version_string))];
}
