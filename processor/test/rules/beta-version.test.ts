import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteAppDb, type AppDb } from '@cairn/core';
import { createProductVersionLookup } from '../../src/pipeline/product-version-lookup.js';
import { betaVersionRule } from '../../src/rules/beta-version.js';
import { runRule, testServices } from '../fixtures/rule-harness.js';

describe('BetaVersionRule', () => {
  let directory: string;
  let appDb: AppDb;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'cairn-beta-'));
    appDb = createSqliteAppDb(path.join(directory, 'cairn.sqlite'));
    await appDb.migrate();
    const row = (
      product_name: string,
      release_channel: string,
      build_id: string,
      version_string: string,
    ) => ({
      product_name,
      release_channel,
      build_id,
      version_string,
      major_version: Number.parseInt(version_string, 10),
      release_version: version_string.replace(/(b|rc)\d+$/, ''),
      archive_url: null,
    });
    await appDb.db
      .insertInto('product_versions')
      .values([
        row('Firefox', 'beta', '20240101000000', '122.0b3'),
        row('Firefox', 'beta', '20240101000000', '122.0rc1'),
        row('Firefox', 'beta', '20240201000000', '122.0rc2'),
        row('DevEdition', 'aurora', '20240101000000', '122.0b3'),
      ])
      .execute();
  });
  afterAll(async () => {
    await appDb.close();
    await rm(directory, { recursive: true, force: true });
  });

  const run = (processedCrash: Record<string, unknown>) =>
    runRule(betaVersionRule, {
      processedCrash,
      services: testServices({ productVersions: createProductVersionLookup(appDb) }),
    });

  it.each([
    [{ product: 'Firefox', release_channel: 'release', version: '122.0' }],
    [{ product: 'Fenix', release_channel: 'beta', version: '122.0' }],
  ])('does not apply to %j', async (processedCrash) => {
    expect((await run(processedCrash)).applied).toBe(false);
  });

  it.each([
    ['a beta build, dropping release candidates', 'Firefox', 'beta', '20240101000000', '122.0b3'],
    ['a release candidate on beta', 'Firefox', 'Beta', '20240201000000', '122.0rc2'],
    ['a Firefox aurora build, as DevEdition', 'Firefox', 'aurora', '20240101000000', '122.0b3'],
  ])('finds the version of %s', async (_case, product, channel, build, version) => {
    const result = await run({ product, release_channel: channel, build, version: '122.0' });
    expect(result.processedCrash.version).toBe(version);
    expect(result.notes).toEqual([]);
  });

  it('appends b0 with a note when the build is unknown', async () => {
    const result = await run({
      product: 'Thunderbird',
      release_channel: 'beta',
      build: '20990101000000',
      version: '122.0',
    });
    expect(result.processedCrash.version).toBe('122.0b0');
    expect(result.notes).toEqual([
      'release channel is beta but no version data was found - added "b0" suffix to version number',
    ]);
  });
});
