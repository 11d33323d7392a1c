import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@cairn/core';
import { productVersionsJob } from '../../../src/cron/jobs/product-versions.js';
import { findVersionString } from '../../../src/services/version-service.js';
import {
  createTestCronDependencies,
  type TestCronDependencies,
} from '../../fixtures/cron-dependencies.js';

let deps: TestCronDependencies;
let source: string;
beforeEach(async () => {
  deps = await createTestCronDependencies();
  source = path.join(deps.directory, 'versions.json');
  deps = Object.assign(deps, { config: { ...deps.config, productVersionsSource: source } });
});
afterEach(async () => deps.close());

const run = () =>
  productVersionsJob.run(deps, { runTime: deps.clock.now(), lastSuccess: undefined });
const build = (channel: string, version: string) => ({
  product: 'Firefox',
  channel,
  build_id: '20161129164126',
  version,
});

describe('productversions', () => {
  it('imports the builds once, and they answer the version string of a beta build', async () => {
    await writeFile(
      source,
      JSON.stringify([build('beta', '51.0b5'), build('beta', '51.0rc1'), build('release', '51.0')]),
    );
    expect(await run()).toBe('3 builds read, 3 new');
    await writeFile(
      source,
      JSON.stringify([build('beta', '51.0b5'), build('beta', '51.0b5'), build('aurora', '51.0a2')]),
    );
    expect(await run()).toBe('3 builds read, 1 new');
    expect(
      await deps.appDb.db.selectFrom('product_versions').select('version_string').execute(),
    ).toHaveLength(4);
    const services = { ...deps, config: loadConfig({}).api };
    expect(
      await findVersionString(services, {
        product: 'Firefox',
        channel: 'Beta',
        buildId: '20161129164126',
      }),
    ).toBe('51.0b5');
  });

  it('imports nothing from a source with a bad row', async () => {
    await writeFile(source, JSON.stringify([build('beta', '51.0b5'), { product: 'Firefox' }]));
    await expect(run()).rejects.toMatchObject({ code: 'PRODUCT_VERSIONS_INVALID' });
    expect(await deps.appDb.db.selectFrom('product_versions').selectAll().execute()).toEqual([]);
  });

  it('does nothing while no source is configured', async () => {
    const { productVersionsSource: _unused, ...withoutSource } = deps.config;
    expect(
      await productVersionsJob.run(
        { ...deps, config: withoutSource },
        { runTime: deps.clock.now(), lastSuccess: undefined },
      ),
    ).toBe('skipped: CAIRN_PRODUCT_VERSIONS_SOURCE is empty');
  });
});
