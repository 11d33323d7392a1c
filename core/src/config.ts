/**
 * Cairn's configuration: environment variables only, declared once here with their default,
 * allowed values and meaning, parsed and validated once at start-up, then frozen.
 * The README's configuration table is generated from this list (`cairn config --markdown`)
 * and a test fails when the two drift apart.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { CairnError } from './errors.js';
import { LOG_LEVELS } from './logger.js';

interface VariableDefinition {
  /** What the variable does, one sentence, for the README table. */
  readonly description: string;
  /** The value used when the variable is unset or empty; undefined means "no default". */
  readonly defaultValue?: string;
  /** How to read the text; an error message names the variable and what is allowed. */
  readonly schema: z.ZodType;
  /** Whether `cairn config` must mask the value. */
  readonly secret?: boolean;
}

const port = z.coerce
  .number({ error: 'must be a TCP port number (1-65535)' })
  .int({ error: 'must be a TCP port number (1-65535)' })
  .min(1, { error: 'must be a TCP port number (1-65535)' })
  .max(65535, { error: 'must be a TCP port number (1-65535)' });
const positiveInt = (what: string) =>
  z.coerce
    .number({ error: `must be a positive whole number of ${what}` })
    .int({ error: `must be a positive whole number of ${what}` })
    .positive({ error: `must be a positive whole number of ${what}` });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const nonNegativeInt = (what: string) =>
  z.coerce
    .number({ error: `must be a whole number of ${what} (0 or more)` })
    .int({ error: `must be a whole number of ${what} (0 or more)` })
    .min(0, { error: `must be a whole number of ${what} (0 or more)` });
const text = z.string();
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
const optionalHttpUrl = z.union([z.literal(''), httpUrl], {
  error: 'must be an http:// or https:// URL',
});

/** Every variable Cairn reads, in the order of the README table. */
export const CONFIG_VARIABLES = {
  CAIRN_DATA_DIR: {
    description: 'Directory for the embedded adapters: crash files, SQLite databases, caches.',
    defaultValue: './var',
    schema: text.min(1, { error: 'must be a directory path' }),
  },
  CAIRN_LOG_LEVEL: {
    description: 'Least severe log level written (JSON lines on standard error).',
    defaultValue: 'info',
    schema: oneOf(LOG_LEVELS),
  },
  CAIRN_CRASH_STORAGE: {
    description:
      'Where raw and processed crashes are kept: `fs` (files under the data directory) or `s3`.',
    defaultValue: 'fs',
    schema: oneOf(['fs', 's3'] as const),
  },
  CAIRN_S3_BUCKET: {
    description: 'S3 bucket for crashes (required when CAIRN_CRASH_STORAGE=s3; it must exist).',
    defaultValue: '',
    schema: text,
  },
  CAIRN_S3_ENDPOINT: {
    description: 'Endpoint of an S3-compatible server (MinIO, moto…); empty means AWS.',
    defaultValue: '',
    schema: optionalHttpUrl,
  },
  CAIRN_S3_REGION: {
    description:
      'AWS region of the bucket. Credentials come from the standard AWS variables and chain.',
    defaultValue: 'us-west-2',
    schema: text.min(1, { error: 'must be a region name' }),
  },
  CAIRN_QUEUE: {
    description: 'Crash queues (standard, priority, reprocessing): `sqlite` (embedded) or `sqs`.',
    defaultValue: 'sqlite',
    schema: oneOf(['sqlite', 'sqs'] as const),
  },
  CAIRN_QUEUE_VISIBILITY_TIMEOUT_MS: {
    description:
      'How long a received crash stays invisible to other processors before it is redelivered.',
    defaultValue: '300000',
    schema: positiveInt('milliseconds'),
  },
  CAIRN_SQS_STANDARD_QUEUE: {
    description: 'SQS queue name or URL for newly collected crashes.',
    defaultValue: 'standard-queue',
    schema: text.min(1, { error: 'must be a queue name or URL' }),
  },
  CAIRN_SQS_PRIORITY_QUEUE: {
    description: 'SQS queue name or URL for crashes someone is waiting for.',
    defaultValue: 'priority-queue',
    schema: text.min(1, { error: 'must be a queue name or URL' }),
  },
  CAIRN_SQS_REPROCESSING_QUEUE: {
    description: 'SQS queue name or URL for crashes to process again.',
    defaultValue: 'reprocessing-queue',
    schema: text.min(1, { error: 'must be a queue name or URL' }),
  },
  CAIRN_SQS_ENDPOINT: {
    description: 'Endpoint of an SQS-compatible server (moto, ElasticMQ…); empty means AWS.',
    defaultValue: '',
    schema: optionalHttpUrl,
  },
  CAIRN_SQS_REGION: {
    description: 'AWS region of the queues.',
    defaultValue: 'us-west-2',
    schema: text.min(1, { error: 'must be a region name' }),
  },
  CAIRN_SEARCH: {
    description: 'Super Search backend: `sqlite` (embedded) or `elasticsearch`.',
    defaultValue: 'sqlite',
    schema: oneOf(['sqlite', 'elasticsearch'] as const),
  },
  CAIRN_ELASTICSEARCH_URL: {
    description: 'Elasticsearch URL, used when CAIRN_SEARCH=elasticsearch. May hold credentials.',
    defaultValue: 'http://127.0.0.1:9200',
    schema: httpUrl,
    secret: true,
  },
  CAIRN_ELASTICSEARCH_INDEX_PREFIX: {
    description: 'Prefix of the weekly crash indices.',
    defaultValue: 'cairn_crashes',
    schema: text.regex(/^[a-z0-9_-]+$/, { error: 'must be lowercase letters, digits, _ or -' }),
  },
  CAIRN_ELASTICSEARCH_SHARDS: {
    description: 'Primary shards of each new weekly crash index.',
    defaultValue: '1',
    schema: positiveInt('shards'),
  },
  CAIRN_ELASTICSEARCH_REPLICAS: {
    description: 'Replicas of each new weekly crash index; keep 0 on a single-node cluster.',
    defaultValue: '0',
    schema: z.coerce
      .number({ error: 'must be a whole number of replicas (0 or more)' })
      .int({ error: 'must be a whole number of replicas (0 or more)' })
      .min(0, { error: 'must be a whole number of replicas (0 or more)' }),
  },
  CAIRN_SEARCH_RETENTION_WEEKS: {
    description:
      'Weeks of crashes Super Search keeps: older weekly periods are not searched, and retention deletes them.',
    defaultValue: '26',
    schema: positiveInt('weeks'),
  },
  CAIRN_DATABASE_URL: {
    description:
      'Application database: a SQLite file path, or a `postgres://` URL. Empty means `<CAIRN_DATA_DIR>/cairn.sqlite`.',
    defaultValue: '',
    schema: text,
    secret: true,
  },
  CAIRN_HOST: {
    description:
      'Address the HTTP services listen on; use 0.0.0.0 to accept connections from other machines.',
    defaultValue: '127.0.0.1',
    schema: text.min(1, { error: 'must be an address' }),
  },
  CAIRN_COLLECTOR_PORT: {
    description: 'Port of the collector (crash reporters POST to /submit).',
    defaultValue: '8000',
    schema: port,
  },
  CAIRN_API_PORT: {
    description: 'Port of the API and web app.',
    defaultValue: '8080',
    schema: port,
  },
  CAIRN_SHUTDOWN_TIMEOUT_MS: {
    description: 'How long a stopping service waits for in-flight work before it exits anyway.',
    defaultValue: '30000',
    schema: positiveInt('milliseconds'),
  },
  CAIRN_VERSION_FILE: {
    description:
      'A Dockerflow `version.json` that /__version__ serves as it is (`{}` when unreadable); empty means Cairn answers with its own version.',
    defaultValue: '',
    schema: text,
  },
  CAIRN_THROTTLE_RULES: {
    description:
      "Which crashes the collector keeps: `accept-all`, `mozilla` (Mozilla's production rules), or the path of a JSON/YAML rule file.",
    defaultValue: 'accept-all',
    schema: text.min(1, { error: 'must be accept-all, mozilla or a rule file path' }),
  },
  CAIRN_COLLECTOR_BEARER_TOKEN: {
    description:
      "Token that lets a submitter (Socorro's stage submitter) keep its own crash id via a `uuid` annotation; empty refuses every `uuid`.",
    defaultValue: '',
    schema: text,
    secret: true,
  },
  CAIRN_COLLECTOR_MAX_BODY_BYTES: {
    description: 'Largest accepted request body on the wire; larger ones get 413.',
    defaultValue: '26214400',
    schema: positiveInt('bytes'),
  },
  CAIRN_COLLECTOR_MAX_DECOMPRESSED_BYTES: {
    description: 'Largest accepted gzip body once decompressed; larger ones get 413.',
    defaultValue: '268435456',
    schema: positiveInt('bytes'),
  },
  CAIRN_COLLECTOR_MEMORY_BUDGET_BYTES: {
    description:
      'Memory all in-flight submissions may hold together; past it the collector answers 503 with Retry-After.',
    defaultValue: '536870912',
    schema: positiveInt('bytes'),
  },
  CAIRN_COLLECTOR_SAVE_ATTEMPTS: {
    description: 'Tries to save a crash, and separately to publish its id, before giving up.',
    defaultValue: '5',
    schema: positiveInt('attempts'),
  },
  CAIRN_COLLECTOR_RETRY_SLEEP_MS: {
    description: 'Wait between two tries to save a crash or publish its id.',
    defaultValue: '2000',
    schema: nonNegativeInt('milliseconds'),
  },
  CAIRN_COLLECTOR_RETRY_AFTER_SECONDS: {
    description:
      'Retry-After sent with a 503 (storage down, or the memory budget used up); crash reporters resend later.',
    defaultValue: '60',
    schema: positiveInt('seconds'),
  },
  CAIRN_COLLECTOR_OUTBOX_RETRY_MS: {
    description:
      'How often crash ids that could not be published (kept in `<CAIRN_DATA_DIR>/collector-outbox`) are published again.',
    defaultValue: '10000',
    schema: positiveInt('milliseconds'),
  },
  CAIRN_COLLECTOR_IDLE_TIMEOUT_MS: {
    description: 'A connection that sends nothing for this long is closed (slow uploads included).',
    defaultValue: '30000',
    schema: positiveInt('milliseconds'),
  },
  CAIRN_SIGLISTS_DIR: {
    description:
      "Directory of signature lists in Socorro's file names and syntax (irrelevant_signature_re.txt…); empty means Cairn's own lists.",
    defaultValue: '',
    schema: text,
  },
  CAIRN_API_RATE_LIMIT_ANONYMOUS_PER_MINUTE: {
    description:
      'Requests per minute the API answers from one address without a user (the reference: 100); more get 429.',
    defaultValue: '100',
    schema: positiveInt('requests'),
  },
  CAIRN_API_RATE_LIMIT_AUTHENTICATED_PER_MINUTE: {
    description:
      'Requests per minute the API answers for one signed-in user or token owner (the reference: 1000); more get 429.',
    defaultValue: '1000',
    schema: positiveInt('requests'),
  },
  CAIRN_API_SEARCH_RATE_LIMIT_ANONYMOUS_PER_MINUTE: {
    description:
      "Searches per minute (GraphQL search and signature queries, as the reference's Super Search and signature pages) from one address without a user (the reference: 10); tokens keep the API limit only.",
    defaultValue: '10',
    schema: positiveInt('requests'),
  },
  CAIRN_API_SEARCH_RATE_LIMIT_AUTHENTICATED_PER_MINUTE: {
    description:
      'Searches per minute (GraphQL search and signature queries) for one signed-in user (the reference: 100).',
    defaultValue: '100',
    schema: positiveInt('requests'),
  },
  CAIRN_API_PRIORITY_INTERVAL_SECONDS: {
    description:
      'Shortest time between two priority-processing requests for the same crash (the reference: one a minute).',
    defaultValue: '60',
    schema: positiveInt('seconds'),
  },
  CAIRN_API_TOKEN_EXPIRY_DAYS: {
    description: 'Lifetime of a new API token when its creator names none (the reference: 90).',
    defaultValue: '90',
    schema: positiveInt('days'),
  },
  CAIRN_API_SESSION_HOURS: {
    description: 'How long a web sign-in lasts before the user must sign in again.',
    defaultValue: '24',
    schema: positiveInt('hours'),
  },
  CAIRN_API_SECURE_COOKIES: {
    description:
      'Mark the session cookie `Secure` (sent over HTTPS only); set to `true` behind TLS.',
    defaultValue: 'false',
    schema: oneOf(['true', 'false'] as const),
  },
  CAIRN_API_MAX_BODY_BYTES: {
    description:
      'Largest request body the API reads (GraphQL documents, form posts); larger get 413.',
    defaultValue: '1048576',
    schema: positiveInt('bytes'),
  },
  CAIRN_API_MAX_QUERY_DEPTH: {
    description: 'Deepest selection nesting a GraphQL document may have.',
    defaultValue: '15',
    schema: positiveInt('levels'),
  },
  CAIRN_API_MAX_QUERY_COMPLEXITY: {
    description:
      'Largest cost a GraphQL document may have: each selected field costs 1, doubled for each list field it is inside.',
    defaultValue: '20000',
    schema: positiveInt('points'),
  },
  CAIRN_PROCESSOR_PORT: {
    description: "Port of the processor's health and metrics endpoints (/__heartbeat__, /metrics).",
    defaultValue: '8001',
    schema: port,
  },
  CAIRN_PROCESSOR_RULESET: {
    description:
      'Rules the processor runs: `default` (any Breakpad/Crashpad crash) or `mozilla` (adds the Mozilla-only rules: beta versions, add-ons, memory reports, theme names…).',
    defaultValue: 'default',
    schema: oneOf(['default', 'mozilla'] as const),
  },
  CAIRN_PROCESSOR_WORKERS: {
    description: 'Threads that walk stacks; empty means one per CPU core.',
    defaultValue: '',
    schema: z.union([z.literal(''), positiveInt('threads')], {
      error: 'must be a positive whole number of threads, or empty',
    }),
  },
  CAIRN_PROCESSOR_CRASH_TIMEOUT_MS: {
    description:
      "Time limit for walking one crash's stacks; past it the walk is stopped and the crash is saved with a timeout note.",
    defaultValue: '120000',
    schema: positiveInt('milliseconds'),
  },
  CAIRN_PROCESSOR_MAX_ATTEMPTS: {
    description:
      'Deliveries of one crash before it becomes a dead letter (`cairn processor dead-letters` lists them, `cairn reprocess --dead-letters` queues them again).',
    defaultValue: '5',
    schema: positiveInt('attempts'),
  },
  CAIRN_SYMBOLS_PATHS: {
    description:
      'Comma-separated local symbol directories (Breakpad symbol-store layout) the processor reads symbols from.',
    defaultValue: '',
    schema: text,
  },
  CAIRN_SYMBOLS_URLS: {
    description: 'Comma-separated symbol server base URLs the processor downloads symbols from.',
    defaultValue: '',
    schema: text.refine(
      (value) => splitList(value).every((url) => httpUrl.safeParse(url).success),
      { error: 'must be comma-separated http:// or https:// URLs' },
    ),
  },
  CAIRN_SYMBOLS_CACHE: {
    description:
      'Directory where downloaded symbol files are kept; empty means `<CAIRN_DATA_DIR>/symbols-cache`.',
    defaultValue: '',
    schema: text,
  },
  CAIRN_SYMBOLS_MEMORY_BYTES: {
    description: 'Parsed symbol files each stack-walking thread keeps in memory.',
    defaultValue: '268435456',
    schema: positiveInt('bytes'),
  },
  CAIRN_SYMBOLS_MISS_TTL_SECONDS: {
    description:
      'How long each stack-walking thread remembers that a module has no symbol file before looking again (a file added meanwhile is used only after this); 0 looks on every crash.',
    defaultValue: '60',
    schema: nonNegativeInt('seconds'),
  },
  CAIRN_TELEMETRY_STORAGE: {
    description:
      'Where the public Telemetry export of each processed crash goes: `fs` (`<CAIRN_DATA_DIR>/telemetry`), `s3` (CAIRN_TELEMETRY_S3_BUCKET) or `none`.',
    defaultValue: 'fs',
    schema: oneOf(['fs', 's3', 'none'] as const),
  },
  CAIRN_TELEMETRY_S3_BUCKET: {
    description:
      'S3 bucket of the Telemetry export (required when CAIRN_TELEMETRY_STORAGE=s3; endpoint and region as CAIRN_S3_*).',
    defaultValue: '',
    schema: text,
  },
  CAIRN_CRON_POLL_INTERVAL_SECONDS: {
    description: 'How often `cairn cron` looks for due jobs (a failed job is retried 60 s later).',
    defaultValue: '60',
    schema: positiveInt('seconds'),
  },
  CAIRN_CRON_LOCK_TIMEOUT_SECONDS: {
    description:
      'How long a runner may hold a job before another runner takes it over as a zombie (the reference: 2 hours).',
    defaultValue: '7200',
    schema: positiveInt('seconds'),
  },
  CAIRN_BUGZILLA_URL: {
    description:
      "Base URL of a Bugzilla REST API polled hourly for bugs' crash signatures (Mozilla's: `https://bugzilla.mozilla.org/rest`); empty turns the job off.",
    defaultValue: '',
    schema: optionalHttpUrl,
  },
  CAIRN_BUGZILLA_API_KEY: {
    description: 'Bugzilla API key sent as `X-BUGZILLA-API-KEY`; empty sends none.',
    defaultValue: '',
    schema: text,
    secret: true,
  },
  CAIRN_CRASH_STORAGE_RETENTION_DAYS: {
    description:
      'Days raw and processed crashes stay in crash storage, counted from the date in the crash id (the reference: 6 months); 0 keeps them forever.',
    defaultValue: '180',
    schema: nonNegativeInt('days'),
  },
  CAIRN_PRODUCT_VERSIONS_SOURCE: {
    description:
      'A JSON list of released builds (URL or file; see docs/cron.md) read hourly into the product versions table; empty turns the job off.',
    defaultValue: '',
    schema: text.refine((value) => !value.includes('://') || httpUrl.safeParse(value).success, {
      error: 'must be an http:// or https:// URL or a file path',
    }),
  },
} as const satisfies Record<string, VariableDefinition>;

/** The name of a variable Cairn reads. */
export type ConfigVariable = keyof typeof CONFIG_VARIABLES;

type ParsedVariables = { [K in ConfigVariable]: z.output<(typeof CONFIG_VARIABLES)[K]['schema']> };

/** Cairn's effective configuration, frozen after validation. */
export interface CairnConfig {
  readonly dataDir: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly crashStorage:
    | { readonly kind: 'fs'; readonly root: string }
    | {
        readonly kind: 's3';
        readonly bucket: string;
        readonly endpoint?: string;
        readonly region: string;
      };
  readonly queue:
    | { readonly kind: 'sqlite'; readonly path: string; readonly visibilityTimeoutMs: number }
    | {
        readonly kind: 'sqs';
        readonly queues: {
          readonly standard: string;
          readonly priority: string;
          readonly reprocessing: string;
        };
        readonly endpoint?: string;
        readonly region: string;
        readonly visibilityTimeoutMs: number;
      };
  readonly search:
    | { readonly kind: 'sqlite'; readonly path: string; readonly retentionWeeks: number }
    | {
        readonly kind: 'elasticsearch';
        readonly url: string;
        readonly indexPrefix: string;
        readonly shards: number;
        readonly replicas: number;
        readonly retentionWeeks: number;
      };
  readonly database:
    | { readonly kind: 'sqlite'; readonly path: string }
    | { readonly kind: 'postgres'; readonly url: string };
  readonly host: string;
  readonly collectorPort: number;
  readonly apiPort: number;
  readonly shutdownTimeoutMs: number;
  /** Dockerflow version file served by /__version__; undefined means Cairn's own version. */
  readonly versionFile?: string;
  readonly collector: CollectorConfig;
  /** Signature lists directory (absolute); undefined means Cairn's own lists. */
  readonly siglistsDir?: string;
  readonly api: ApiConfig;
  readonly processor: ProcessorConfig;
  readonly symbols: SymbolsConfig;
  /** The Telemetry export's destination. */
  readonly telemetry:
    | { readonly kind: 'none' }
    | { readonly kind: 'fs'; readonly root: string }
    | {
        readonly kind: 's3';
        readonly bucket: string;
        readonly endpoint?: string;
        readonly region: string;
      };
  readonly cron: CronConfig;
}

/** The scheduled jobs' settings (CAIRN_CRON_*, CAIRN_BUGZILLA_*, retention, product versions). */
export interface CronConfig {
  readonly pollIntervalMs: number;
  /** How long a job's lock holds before another runner may take it over. */
  readonly lockTimeoutMs: number;
  /** Bugzilla REST base URL; undefined turns the bug associations job off. */
  readonly bugzillaUrl?: string;
  /** Empty sends no API key. */
  readonly bugzillaApiKey: string;
  /** 0 keeps crashes forever. */
  readonly crashStorageRetentionDays: number;
  /** An http(s) URL or an absolute file path; undefined turns the product versions job off. */
  readonly productVersionsSource?: string;
}

/** The processor's settings (CAIRN_PROCESSOR_*). */
export interface ProcessorConfig {
  readonly port: number;
  readonly ruleset: 'default' | 'mozilla';
  /** Stack-walking threads, resolved: one per core when unset. */
  readonly workers: number;
  readonly crashTimeoutMs: number;
  readonly maxAttempts: number;
}

/** Where the processor finds symbols (CAIRN_SYMBOLS_*). */
export interface SymbolsConfig {
  readonly paths: readonly string[];
  readonly urls: readonly string[];
  /** Download cache directory (absolute). */
  readonly cacheDirectory: string;
  /** Parsed symbol files kept in memory per stack-walking thread. */
  readonly memoryBytes: number;
  /** How long a module without symbols is remembered, in milliseconds. */
  readonly missTtlMs: number;
}

/** The API's settings (CAIRN_API_*). */
export interface ApiConfig {
  readonly anonymousRequestsPerMinute: number;
  readonly authenticatedRequestsPerMinute: number;
  /** GraphQL requests that search, per minute, from one address without a user. */
  readonly anonymousSearchesPerMinute: number;
  /** GraphQL requests that search, per minute, for one signed-in user. */
  readonly authenticatedSearchesPerMinute: number;
  /** Shortest time between two priority-processing requests for one crash. */
  readonly priorityIntervalMs: number;
  readonly tokenExpiryDays: number;
  readonly sessionHours: number;
  readonly secureCookies: boolean;
  readonly maxBodyBytes: number;
  readonly maxQueryDepth: number;
  readonly maxQueryComplexity: number;
}

/** The collector's settings (CAIRN_THROTTLE_RULES and CAIRN_COLLECTOR_*). */
export interface CollectorConfig {
  /** `accept-all`, `mozilla`, or a rule file path. */
  readonly throttleRules: string;
  /** Empty means no submitter may choose its crash id. */
  readonly bearerToken: string;
  readonly maxBodyBytes: number;
  readonly maxDecompressedBytes: number;
  readonly memoryBudgetBytes: number;
  readonly saveAttempts: number;
  readonly retrySleepMs: number;
  readonly retryAfterSeconds: number;
  /** Where unpublished crash ids wait: `<dataDir>/collector-outbox`. */
  readonly outboxDir: string;
  readonly outboxRetryMs: number;
  readonly idleTimeoutMs: number;
}

/** One problem found in the environment. */
export interface ConfigProblem {
  readonly variable: ConfigVariable;
  readonly message: string;
}

/** Thrown when the environment holds invalid settings; its message lists every problem. */
export class ConfigError extends CairnError {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      'CONFIG_INVALID',
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads, validates and freezes the configuration from `env` (normally process.env). */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): CairnConfig {
  const problems: ConfigProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const [variable, definition] of Object.entries(CONFIG_VARIABLES) as [
    ConfigVariable,
    VariableDefinition,
  ][]) {
    const raw =
      env[variable] === undefined || env[variable] === ''
        ? (definition.defaultValue ?? '')
        : env[variable];
    const parsed = definition.schema.safeParse(raw);
    if (parsed.success) {
      values[variable] = parsed.data;
    } else {
      const shown = definition.secret ? '' : ` (got ${JSON.stringify(raw)})`;
      problems.push({
        variable,
        message: `${parsed.error.issues[0]?.message ?? 'is invalid'}${shown}`,
      });
    }
  }
  const v = values as ParsedVariables;
  if (problems.length === 0 && v.CAIRN_CRASH_STORAGE === 's3' && v.CAIRN_S3_BUCKET === '') {
    problems.push({
      variable: 'CAIRN_S3_BUCKET',
      message: 'must be set when CAIRN_CRASH_STORAGE=s3',
    });
  }
  if (
    problems.length === 0 &&
    v.CAIRN_TELEMETRY_STORAGE === 's3' &&
    v.CAIRN_TELEMETRY_S3_BUCKET === ''
  ) {
    problems.push({
      variable: 'CAIRN_TELEMETRY_S3_BUCKET',
      message: 'must be set when CAIRN_TELEMETRY_STORAGE=s3',
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = path.resolve(v.CAIRN_DATA_DIR);
  const databaseUrl = v.CAIRN_DATABASE_URL;
  const config: CairnConfig = {
    dataDir,
    logLevel: v.CAIRN_LOG_LEVEL,
    crashStorage:
      v.CAIRN_CRASH_STORAGE === 's3'
        ? {
            kind: 's3',
            bucket: v.CAIRN_S3_BUCKET,
            region: v.CAIRN_S3_REGION,
            ...optional('endpoint', v.CAIRN_S3_ENDPOINT),
          }
        : { kind: 'fs', root: path.join(dataDir, 'crashes') },
    queue:
      v.CAIRN_QUEUE === 'sqs'
        ? {
            kind: 'sqs',
            queues: {
              standard: v.CAIRN_SQS_STANDARD_QUEUE,
              priority: v.CAIRN_SQS_PRIORITY_QUEUE,
              reprocessing: v.CAIRN_SQS_REPROCESSING_QUEUE,
            },
            region: v.CAIRN_SQS_REGION,
            visibilityTimeoutMs: v.CAIRN_QUEUE_VISIBILITY_TIMEOUT_MS,
            ...optional('endpoint', v.CAIRN_SQS_ENDPOINT),
          }
        : {
            kind: 'sqlite',
            path: path.join(dataDir, 'queue.sqlite'),
            visibilityTimeoutMs: v.CAIRN_QUEUE_VISIBILITY_TIMEOUT_MS,
          },
    search:
      v.CAIRN_SEARCH === 'elasticsearch'
        ? {
            kind: 'elasticsearch',
            url: v.CAIRN_ELASTICSEARCH_URL,
            indexPrefix: v.CAIRN_ELASTICSEARCH_INDEX_PREFIX,
            shards: v.CAIRN_ELASTICSEARCH_SHARDS,
            replicas: v.CAIRN_ELASTICSEARCH_REPLICAS,
            retentionWeeks: v.CAIRN_SEARCH_RETENTION_WEEKS,
          }
        : {
            kind: 'sqlite',
            path: path.join(dataDir, 'search.sqlite'),
            retentionWeeks: v.CAIRN_SEARCH_RETENTION_WEEKS,
          },
    database: /^postgres(ql)?:\/\//.test(databaseUrl)
      ? { kind: 'postgres', url: databaseUrl }
      : {
          kind: 'sqlite',
          path: databaseUrl === '' ? path.join(dataDir, 'cairn.sqlite') : path.resolve(databaseUrl),
        },
    host: v.CAIRN_HOST,
    collectorPort: v.CAIRN_COLLECTOR_PORT,
    apiPort: v.CAIRN_API_PORT,
    shutdownTimeoutMs: v.CAIRN_SHUTDOWN_TIMEOUT_MS,
    ...(v.CAIRN_VERSION_FILE === '' ? {} : { versionFile: path.resolve(v.CAIRN_VERSION_FILE) }),
    collector: {
      throttleRules: v.CAIRN_THROTTLE_RULES,
      bearerToken: v.CAIRN_COLLECTOR_BEARER_TOKEN,
      maxBodyBytes: v.CAIRN_COLLECTOR_MAX_BODY_BYTES,
      maxDecompressedBytes: v.CAIRN_COLLECTOR_MAX_DECOMPRESSED_BYTES,
      memoryBudgetBytes: v.CAIRN_COLLECTOR_MEMORY_BUDGET_BYTES,
      saveAttempts: v.CAIRN_COLLECTOR_SAVE_ATTEMPTS,
      retrySleepMs: v.CAIRN_COLLECTOR_RETRY_SLEEP_MS,
      retryAfterSeconds: v.CAIRN_COLLECTOR_RETRY_AFTER_SECONDS,
      outboxDir: path.join(dataDir, 'collector-outbox'),
      outboxRetryMs: v.CAIRN_COLLECTOR_OUTBOX_RETRY_MS,
      idleTimeoutMs: v.CAIRN_COLLECTOR_IDLE_TIMEOUT_MS,
    },
    ...(v.CAIRN_SIGLISTS_DIR === '' ? {} : { siglistsDir: path.resolve(v.CAIRN_SIGLISTS_DIR) }),
    api: {
      anonymousRequestsPerMinute: v.CAIRN_API_RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      authenticatedRequestsPerMinute: v.CAIRN_API_RATE_LIMIT_AUTHENTICATED_PER_MINUTE,
      anonymousSearchesPerMinute: v.CAIRN_API_SEARCH_RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      authenticatedSearchesPerMinute: v.CAIRN_API_SEARCH_RATE_LIMIT_AUTHENTICATED_PER_MINUTE,
      priorityIntervalMs: v.CAIRN_API_PRIORITY_INTERVAL_SECONDS * 1000,
      tokenExpiryDays: v.CAIRN_API_TOKEN_EXPIRY_DAYS,
      sessionHours: v.CAIRN_API_SESSION_HOURS,
      secureCookies: v.CAIRN_API_SECURE_COOKIES === 'true',
      maxBodyBytes: v.CAIRN_API_MAX_BODY_BYTES,
      maxQueryDepth: v.CAIRN_API_MAX_QUERY_DEPTH,
      maxQueryComplexity: v.CAIRN_API_MAX_QUERY_COMPLEXITY,
    },
    processor: {
      port: v.CAIRN_PROCESSOR_PORT,
      ruleset: v.CAIRN_PROCESSOR_RULESET,
      workers:
        v.CAIRN_PROCESSOR_WORKERS === '' ? os.availableParallelism() : v.CAIRN_PROCESSOR_WORKERS,
      crashTimeoutMs: v.CAIRN_PROCESSOR_CRASH_TIMEOUT_MS,
      maxAttempts: v.CAIRN_PROCESSOR_MAX_ATTEMPTS,
    },
    symbols: {
      paths: splitList(v.CAIRN_SYMBOLS_PATHS).map((directory) => path.resolve(directory)),
      urls: splitList(v.CAIRN_SYMBOLS_URLS),
      cacheDirectory:
        v.CAIRN_SYMBOLS_CACHE === ''
          ? path.join(dataDir, 'symbols-cache')
          : path.resolve(v.CAIRN_SYMBOLS_CACHE),
      memoryBytes: v.CAIRN_SYMBOLS_MEMORY_BYTES,
      missTtlMs: v.CAIRN_SYMBOLS_MISS_TTL_SECONDS * 1000,
    },
    telemetry:
      v.CAIRN_TELEMETRY_STORAGE === 's3'
        ? {
            kind: 's3',
            bucket: v.CAIRN_TELEMETRY_S3_BUCKET,
            region: v.CAIRN_S3_REGION,
            ...optional('endpoint', v.CAIRN_S3_ENDPOINT),
          }
        : v.CAIRN_TELEMETRY_STORAGE === 'fs'
          ? { kind: 'fs', root: path.join(dataDir, 'telemetry') }
          : { kind: 'none' },
    cron: {
      pollIntervalMs: v.CAIRN_CRON_POLL_INTERVAL_SECONDS * 1000,
      lockTimeoutMs: v.CAIRN_CRON_LOCK_TIMEOUT_SECONDS * 1000,
      ...optional('bugzillaUrl', v.CAIRN_BUGZILLA_URL.replace(/\/+$/, '')),
      bugzillaApiKey: v.CAIRN_BUGZILLA_API_KEY,
      crashStorageRetentionDays: v.CAIRN_CRASH_STORAGE_RETENTION_DAYS,
      ...optional(
        'productVersionsSource',
        v.CAIRN_PRODUCT_VERSIONS_SOURCE === '' || v.CAIRN_PRODUCT_VERSIONS_SOURCE.includes('://')
          ? v.CAIRN_PRODUCT_VERSIONS_SOURCE
          : path.resolve(v.CAIRN_PRODUCT_VERSIONS_SOURCE),
      ),
    },
  };
  return deepFreeze(config);
}

/** The items of a comma-separated setting, trimmed, empty ones left out. */
function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function optional<K extends string>(key: K, value: string): { [P in K]?: string } {
  return (value === '' ? {} : { [key]: value }) as { [P in K]?: string };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The effective value of every variable, as `cairn config` prints it: secrets masked,
 * credentials inside URLs replaced by `***`.
 */
export function describeConfig(
  env: Readonly<Record<string, string | undefined>>,
): Record<ConfigVariable, string> {
  const described = {} as Record<ConfigVariable, string>;
  for (const [variable, definition] of Object.entries(CONFIG_VARIABLES) as [
    ConfigVariable,
    VariableDefinition,
  ][]) {
    const value =
      env[variable] === undefined || env[variable] === ''
        ? (definition.defaultValue ?? '')
        : env[variable]!;
    described[variable] = definition.secret ? maskSecret(value) : value;
  }
  return described;
}

/** Hides a secret: URLs keep their scheme, host and path; anything else becomes `***`. */
export function maskSecret(value: string): string {
  if (value === '') return '';
  try {
    const url = new URL(value);
    if (url.username || url.password) {
      url.username = '***';
      url.password = url.password ? '***' : '';
    }
    return url.protocol === 'http:' ||
      url.protocol === 'https:' ||
      url.protocol.startsWith('postgres')
      ? url.toString()
      : '***';
  } catch {
    return path.isAbsolute(value) || value.startsWith('.') ? value : '***';
  }
}

/** The README's configuration table, in Markdown. */
export function formatConfigTable(): string {
  const rows = (Object.entries(CONFIG_VARIABLES) as [ConfigVariable, VariableDefinition][]).map(
    ([variable, definition]) =>
      `| \`${variable}\` | ${definition.defaultValue ? `\`${definition.defaultValue}\`` : '(empty)'} | ${definition.description} |`,
  );
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
