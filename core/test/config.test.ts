import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_VARIABLES,
  ConfigError,
  describeConfig,
  formatConfigTable,
  loadConfig,
  maskSecret,
} from '../src/config.js';

const readme = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'),
  'utf8',
);

describe('loadConfig', () => {
  it('runs on embedded adapters under ./var when nothing is set', () => {
    const config = loadConfig({});
    expect(config.dataDir).toBe(path.resolve('var'));
    expect(config.crashStorage).toEqual({ kind: 'fs', root: path.resolve('var/crashes') });
    expect(config.queue).toMatchObject({
      kind: 'sqlite',
      path: path.resolve('var/queue.sqlite'),
      visibilityTimeoutMs: 300_000,
    });
    expect(config.search).toMatchObject({ kind: 'sqlite' });
    expect(config.database).toEqual({ kind: 'sqlite', path: path.resolve('var/cairn.sqlite') });
    expect(config.collectorPort).toBe(8000);
    expect(config.apiPort).toBe(8080);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ CAIRN_QUEUE: '', CAIRN_API_PORT: '' }).apiPort).toBe(8080);
  });

  it('reads the distributed adapters and their settings', () => {
    const config = loadConfig({
      CAIRN_CRASH_STORAGE: 's3',
      CAIRN_S3_BUCKET: 'crashes',
      CAIRN_S3_ENDPOINT: 'http://127.0.0.1:5000',
      CAIRN_QUEUE: 'sqs',
      CAIRN_SQS_STANDARD_QUEUE: 'std',
      CAIRN_DATABASE_URL: 'postgres://cairn:secret@db:5432/cairn',
    });
    expect(config.crashStorage).toEqual({
      kind: 's3',
      bucket: 'crashes',
      region: 'us-west-2',
      endpoint: 'http://127.0.0.1:5000',
    });
    expect(config.queue).toMatchObject({
      kind: 'sqs',
      queues: { standard: 'std', priority: 'priority-queue', reprocessing: 'reprocessing-queue' },
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://cairn:secret@db:5432/cairn',
    });
  });

  it('names every invalid variable with its allowed values in one error', () => {
    expect.assertions(3);
    try {
      loadConfig({
        CAIRN_QUEUE: 'kafka',
        CAIRN_COLLECTOR_PORT: 'eighty',
        CAIRN_S3_ENDPOINT: 'ftp://x',
      });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).code).toBe('CONFIG_INVALID');
      expect((error as ConfigError).problems).toEqual([
        {
          variable: 'CAIRN_S3_ENDPOINT',
          message: 'must be an http:// or https:// URL (got "ftp://x")',
        },
        { variable: 'CAIRN_QUEUE', message: 'must be one of sqlite, sqs (got "kafka")' },
        {
          variable: 'CAIRN_COLLECTOR_PORT',
          message: 'must be a TCP port number (1-65535) (got "eighty")',
        },
      ]);
    }
  });

  it('requires a bucket when crashes go to S3', () => {
    expect(() => loadConfig({ CAIRN_CRASH_STORAGE: 's3' })).toThrow(
      /CAIRN_S3_BUCKET: must be set when CAIRN_CRASH_STORAGE=s3/,
    );
  });

  it('never echoes a secret in an error', () => {
    expect(() =>
      loadConfig({ CAIRN_ELASTICSEARCH_URL: 'not a url with password hunter2' }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
  });

  it('freezes the result', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.queue)).toBe(true);
  });
});

describe('loadConfig: scheduled jobs', () => {
  it('turns the Bugzilla and product-version jobs off and keeps crashes 180 days by default', () => {
    expect(loadConfig({}).cron).toEqual({
      pollIntervalMs: 60_000,
      lockTimeoutMs: 7_200_000,
      bugzillaApiKey: '',
      crashStorageRetentionDays: 180,
    });
  });

  it('reads the Bugzilla URL without its trailing slash and a product-version file as an absolute path', () => {
    const cron = loadConfig({
      CAIRN_BUGZILLA_URL: 'https://bugzilla.example.org/rest/',
      CAIRN_PRODUCT_VERSIONS_SOURCE: 'versions.json',
      CAIRN_CRASH_STORAGE_RETENTION_DAYS: '0',
    }).cron;
    expect(cron.bugzillaUrl).toBe('https://bugzilla.example.org/rest');
    expect(cron.productVersionsSource).toBe(path.resolve('versions.json'));
    expect(cron.crashStorageRetentionDays).toBe(0);
    expect(
      loadConfig({ CAIRN_PRODUCT_VERSIONS_SOURCE: 'https://example.org/versions.json' }).cron
        .productVersionsSource,
    ).toBe('https://example.org/versions.json');
  });

  it('refuses a product-version source that is a URL of another scheme', () => {
    expect(() => loadConfig({ CAIRN_PRODUCT_VERSIONS_SOURCE: 'ftp://example.org/v.json' })).toThrow(
      /CAIRN_PRODUCT_VERSIONS_SOURCE: must be an http:\/\/ or https:\/\/ URL or a file path/,
    );
  });
});

describe('describeConfig', () => {
  it('masks credentials in secret URLs and keeps the rest readable', () => {
    const described = describeConfig({
      CAIRN_DATABASE_URL: 'postgres://cairn:hunter2@db.internal:5432/cairn',
      CAIRN_ELASTICSEARCH_URL: 'https://elastic:s3cret@es:9200/',
      CAIRN_QUEUE: 'sqs',
    });
    expect(described.CAIRN_DATABASE_URL).toBe('postgres://***:***@db.internal:5432/cairn');
    expect(described.CAIRN_ELASTICSEARCH_URL).toBe('https://***:***@es:9200/');
    expect(described.CAIRN_QUEUE).toBe('sqs');
    expect(JSON.stringify(described)).not.toMatch(/hunter2|s3cret/);
  });

  it('masks secrets that are not URLs entirely', () => {
    expect(maskSecret('hunter2')).toBe('***');
    expect(maskSecret('')).toBe('');
  });
});

describe('the README configuration table', () => {
  it('is the table generated from the configuration schema', () => {
    expect(readme).toContain(formatConfigTable());
  });

  it('lists every variable', () => {
    for (const variable of Object.keys(CONFIG_VARIABLES))
      expect(readme).toContain(`\`${variable}\``);
  });
});

describe('the processor, symbols and Telemetry export settings', () => {
  it('default to the generic rule set, one thread per core and a Telemetry directory', () => {
    const config = loadConfig({ CAIRN_DATA_DIR: '/data' });
    expect(config.processor).toEqual({
      port: 8001,
      ruleset: 'default',
      workers: os.availableParallelism(),
      crashTimeoutMs: 120_000,
      maxAttempts: 5,
    });
    expect(config.symbols).toEqual({
      paths: [],
      urls: [],
      cacheDirectory: '/data/symbols-cache',
      memoryBytes: 268_435_456,
      missTtlMs: 60_000,
    });
    expect(config.telemetry).toEqual({ kind: 'fs', root: '/data/telemetry' });
  });

  it('reads comma-separated symbol paths and URLs, ignoring blanks', () => {
    const config = loadConfig({
      CAIRN_SYMBOLS_PATHS: '/symbols/a, /symbols/b,',
      CAIRN_SYMBOLS_URLS: 'https://symbols.example.com/, http://127.0.0.1:8080/try',
      CAIRN_PROCESSOR_WORKERS: '3',
      CAIRN_PROCESSOR_RULESET: 'mozilla',
    });
    expect(config.symbols.paths).toEqual(['/symbols/a', '/symbols/b']);
    expect(config.symbols.urls).toEqual([
      'https://symbols.example.com/',
      'http://127.0.0.1:8080/try',
    ]);
    expect(config.processor).toMatchObject({ workers: 3, ruleset: 'mozilla' });
  });

  it('writes the Telemetry export to its own bucket, with the S3 endpoint and region', () => {
    const config = loadConfig({
      CAIRN_TELEMETRY_STORAGE: 's3',
      CAIRN_TELEMETRY_S3_BUCKET: 'telemetry',
      CAIRN_S3_ENDPOINT: 'http://127.0.0.1:5000',
    });
    expect(config.telemetry).toEqual({
      kind: 's3',
      bucket: 'telemetry',
      region: 'us-west-2',
      endpoint: 'http://127.0.0.1:5000',
    });
    expect(loadConfig({ CAIRN_TELEMETRY_STORAGE: 'none' }).telemetry).toEqual({ kind: 'none' });
  });

  it.each([
    [{ CAIRN_SYMBOLS_URLS: 'https://ok.example.com,ftp://nope' }, 'CAIRN_SYMBOLS_URLS'],
    [{ CAIRN_PROCESSOR_RULESET: 'firefox' }, 'CAIRN_PROCESSOR_RULESET'],
    [{ CAIRN_PROCESSOR_WORKERS: '0' }, 'CAIRN_PROCESSOR_WORKERS'],
    [{ CAIRN_TELEMETRY_STORAGE: 's3' }, 'CAIRN_TELEMETRY_S3_BUCKET'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect.assertions(1);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).problems.map((problem) => problem.variable)).toEqual([
        variable,
      ]);
    }
  });
});
