/**
 * Real services for tests (scripts/services/*.sh). A suite asks for the service it needs at the
 * top of its file:
 *
 *   const moto = await requireService('moto');
 *   describe.skipIf(!moto)('S3 crash storage', () => { … moto!.endpoint … });
 *
 * The service is started when it is not running (the scripts are idempotent and locked, so
 * parallel test files share one server). When it cannot start, the suite is skipped with the
 * reason printed, except under CI=true, where that is a failure.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The services a suite can ask for. */
export type ServiceName = 'elasticsearch' | 'moto' | 'postgres';

/** How to reach a started service. */
export interface ServiceInfo {
  /** The service's base URL: `http://127.0.0.1:5000`, `postgres://cairn@127.0.0.1:5432/cairn`… */
  readonly url: string;
}

const SERVICE_URLS: Record<ServiceName, string> = {
  elasticsearch: `http://127.0.0.1:${process.env.ELASTICSEARCH_PORT ?? 9200}`,
  moto: `http://127.0.0.1:${process.env.MOTO_PORT ?? 5000}`,
  postgres: `postgres://cairn@127.0.0.1:${process.env.POSTGRES_PORT ?? 5432}/cairn`,
};

/** Starts `name` if needed; its info, or undefined when it cannot start outside CI. */
export async function requireService(name: ServiceName): Promise<ServiceInfo | undefined> {
  try {
    await run('bash', [path.join(REPO_ROOT, 'scripts/services', `${name}.sh`), 'start'], {
      timeout: 600_000,
    });
  } catch (error) {
    const reason = (error as { stderr?: string }).stderr?.trim() || String(error);
    if (process.env.CI)
      throw new Error(`${name} is required under CI but did not start: ${reason}`);
    console.warn(`skipping the ${name} suites: ${name} did not start: ${reason}`);
    return undefined;
  }
  if (name === 'moto') {
    // moto accepts any credentials; the AWS SDK only needs some to sign requests.
    process.env.AWS_ACCESS_KEY_ID ??= 'testing';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'testing';
    process.env.AWS_REGION ??= 'us-east-1';
  }
  return { url: SERVICE_URLS[name] };
}

/** A fresh PostgreSQL database for one test file; `drop()` removes it. */
export async function createPostgresDatabase(
  service: ServiceInfo,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cairn_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: service.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = service.url.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: service.url });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
