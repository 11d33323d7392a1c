/**
 * `productversions` (Cairn's stand-in for the reference's `archivescraper`, which scrapes
 * archive.mozilla.org): imports released builds from a configured JSON source into
 * `product_versions`, which feeds the VersionString API and the processor's beta-version
 * rule. Rows already stored stay (the same product, channel, build and version string is
 * stored once), and rows that left the source are kept, as the reference never deletes them.
 * Reads CAIRN_PRODUCT_VERSIONS_SOURCE; writes `product_versions`. Off while it is empty.
 */
import type { CronJob } from '../cron-job.js';
import { readProductVersionsSource } from '../product-versions-source.js';

const WRITE_CHUNK = 500;

/** The product versions job. */
export const productVersionsJob: CronJob = {
  name: 'productversions',
  description:
    'Imports released builds (product, channel, build id, version) from CAIRN_PRODUCT_VERSIONS_SOURCE for version strings and the beta-version rule.',
  frequency: '1h',
  backfill: false,
  async run(deps) {
    const source = deps.config.productVersionsSource;
    if (source === undefined) return 'skipped: CAIRN_PRODUCT_VERSIONS_SOURCE is empty';
    const rows = await readProductVersionsSource(source, deps.fetch);
    let added = 0;
    for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
      const result = await deps.appDb.db
        .insertInto('product_versions')
        .values(rows.slice(start, start + WRITE_CHUNK))
        .onConflict((conflict) =>
          conflict
            .columns(['product_name', 'release_channel', 'build_id', 'version_string'])
            .doNothing(),
        )
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return `${rows.length} builds read, ${added} new`;
  },
};
