/**
 * Child process of the collector benchmark: one server under test, on a loopback port.
 * `bare`: Node's HTTP server reading and discarding each body (the ceiling);
 * `fs`: the collector with files storage and the SQLite queue;
 * `s3`: the collector with S3 storage and SQS queues on moto (endpoint in MOTO_ENDPOINT).
 * It tells its port to the parent, and its peak memory and CPU time when asked.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { buildCollector, loadThrottleRuleSet } from '@cairn/collector';
import {
  createFsCrashStorage,
  createS3CrashStorage,
  createSilentLogger,
  createSqliteCrashQueue,
  createSqsCrashQueue,
  loadConfig,
  systemClock,
} from '@cairn/core';

const [mode, dataDir] = process.argv.slice(2) as ['bare' | 'fs' | 's3', string];

async function listen(): Promise<number> {
  if (mode === 'bare') {
    const server = createServer((request, response) => {
      request.on('data', () => {});
      request.on('end', () => response.end('CrashID=bp-00000000-0000-0000-0000-000000000000\n'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as { port: number }).port;
  }
  const endpoint = process.env.MOTO_ENDPOINT ?? '';
  const app = buildCollector({
    storage:
      mode === 's3'
        ? createS3CrashStorage({ bucket: 'cairn-bench', region: 'us-east-1', endpoint })
        : createFsCrashStorage(path.join(dataDir, 'crashes')),
    queue:
      mode === 's3'
        ? createSqsCrashQueue({
            queues: {
              standard: 'bench-standard',
              priority: 'bench-priority',
              reprocessing: 'bench-reprocessing',
            },
            region: 'us-east-1',
            endpoint,
          })
        : createSqliteCrashQueue({ file: path.join(dataDir, 'queue.sqlite') }),
    clock: systemClock,
    logger: createSilentLogger(),
    config: loadConfig({ CAIRN_DATA_DIR: dataDir }).collector,
    ruleSet: await loadThrottleRuleSet('accept-all'),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as { port: number }).port;
}

const port = await listen();
// CPU is counted from here, so start-up and module loading stay out of the per-request figure.
const cpuAtStart = process.cpuUsage();
process.send!({ port });
process.on('message', () => {
  const cpu = process.cpuUsage(cpuAtStart);
  process.send!({
    maxRssKiB: process.resourceUsage().maxRSS,
    userCpuMicros: cpu.user,
    systemCpuMicros: cpu.system,
  });
});
