/**
 * `npm run bench -- collector [--duration=S] [--connections=N] [--skip-s3]`: POST /submit
 * throughput and latency with bodies of 400 KB (the reference's median crash) and 1.5 MB (its
 * p95), for the collector on files storage, the collector on S3 and SQS (moto), and a bare Node
 * HTTP server that reads and discards the same bodies (the ceiling). Each server runs in its
 * own child process from the built packages (core and collector are built first); the load
 * comes from autocannon in another child process, over loopback.
 */
import { execFile, fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { BENCH_BOUNDARY, buildCrashBody } from './crash-body.js';

const run = promisify(execFile);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const BODY_SIZES = [
  { label: '400 KB', bytes: 400 * 1024 },
  { label: '1.5 MB', bytes: 1536 * 1024 },
];

type Mode = 'bare' | 'fs' | 's3';

interface Measurement {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly peakRssMiB: number;
  /** Server CPU time (user + system) per completed request. */
  readonly cpuMsPerRequest: number;
}

function option(args: readonly string[], name: string, fallback: number): number {
  const value = args.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1];
  return value === undefined ? fallback : Number(value);
}

/** What a server child reports when it is stopped. */
interface ServerReport {
  readonly maxRssKiB: number;
  readonly userCpuMicros: number;
  readonly systemCpuMicros: number;
}

/** Starts a server child; resolves with its port and a function that stops it and reports its usage. */
async function startServer(mode: Mode, dataDir: string, env: NodeJS.ProcessEnv) {
  // The packages load from dist/, as `cairn collector` runs them; tsx only runs this file.
  const child = fork(path.join(HERE, 'bench-server.ts'), [mode, dataDir], {
    execArgv: ['--import', 'tsx'],
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited (${code})`)));
  });
  return {
    port,
    async stop(): Promise<ServerReport> {
      const report = new Promise<ServerReport>((resolve) =>
        child.once('message', (message: ServerReport) => resolve(message)),
      );
      child.send('report');
      const usage = await report;
      child.kill('SIGTERM');
      return usage;
    },
  };
}

async function loadTest(port: number, bodyFile: string, duration: number, connections: number) {
  const { stdout } = await run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/autocannon/autocannon.js'),
      '--json',
      '-m',
      'POST',
      '-H',
      `Content-Type=multipart/form-data; boundary=${BENCH_BOUNDARY}`,
      '-i',
      bodyFile,
      '-c',
      String(connections),
      '-d',
      String(duration),
      `http://127.0.0.1:${port}/submit`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return result;
}

async function prepareMoto(): Promise<string | undefined> {
  try {
    await run('bash', [path.join(ROOT, 'scripts/services/moto.sh'), 'start'], { timeout: 120_000 });
  } catch (error) {
    console.log(
      `moto did not start, skipping S3: ${(error as { stderr?: string }).stderr ?? error}`,
    );
    return undefined;
  }
  const endpoint = `http://127.0.0.1:${process.env.MOTO_PORT ?? 5000}`;
  process.env.AWS_ACCESS_KEY_ID ??= 'testing';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'testing';
  const s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'cairn-bench' })).catch(() => undefined);
  s3.destroy();
  const sqs = new SQSClient({ endpoint, region: 'us-east-1' });
  for (const name of ['bench-standard', 'bench-priority', 'bench-reprocessing']) {
    await sqs.send(new CreateQueueCommand({ QueueName: name }));
  }
  sqs.destroy();
  return endpoint;
}

/** Runs the benchmark and prints a Markdown table. */
export async function runBenchmark(args: readonly string[]): Promise<void> {
  const duration = option(args, 'duration', 10);
  const connections = option(args, 'connections', 8);
  await run('npx', ['tsc', '-b', 'collector/tsconfig.json'], { cwd: ROOT });
  const directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-bench-collector-'));
  const motoEndpoint = args.includes('--skip-s3') ? undefined : await prepareMoto();
  const modes: Mode[] = motoEndpoint ? ['bare', 'fs', 's3'] : ['bare', 'fs'];
  console.log(
    `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ` +
      `${connections} connections, ${duration} s per run`,
  );
  console.log(
    '| body | server | requests/s | p50 ms | p99 ms | peak RSS MiB | CPU ms/request | non-2xx | errors | of ceiling |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  try {
    for (const size of BODY_SIZES) {
      const bodyFile = path.join(directory, `body-${size.bytes}`);
      await writeFile(bodyFile, buildCrashBody(size.bytes));
      let ceiling = 0;
      for (const mode of modes) {
        const dataDir = await mkdtemp(path.join(directory, `${mode}-`));
        const server = await startServer(mode, dataDir, {
          ...process.env,
          ...(motoEndpoint ? { MOTO_ENDPOINT: motoEndpoint } : {}),
        });
        const result = await loadTest(server.port, bodyFile, duration, connections);
        const usage = await server.stop();
        const measurement: Measurement = {
          requestsPerSecond: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors,
          peakRssMiB: usage.maxRssKiB / 1024,
          cpuMsPerRequest:
            (usage.userCpuMicros + usage.systemCpuMicros) /
            1000 /
            Math.max(1, result.requests.total),
        };
        if (mode === 'bare') ceiling = measurement.requestsPerSecond;
        const ratio =
          ceiling > 0 ? `${Math.round((100 * measurement.requestsPerSecond) / ceiling)}%` : '';
        console.log(
          `| ${size.label} | ${mode === 'bare' ? 'bare Node (ceiling)' : `collector, ${mode}`} | ` +
            `${measurement.requestsPerSecond.toFixed(0)} | ${measurement.p50Ms} | ${measurement.p99Ms} | ` +
            `${measurement.peakRssMiB.toFixed(0)} | ${measurement.cpuMsPerRequest.toFixed(2)} | ` +
            `${measurement.non2xx} | ${measurement.errors} | ${ratio} |`,
        );
        await rm(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
