import { randomBytes } from 'node:crypto';
import { CreateQueueCommand, DeleteQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describe } from 'vitest';
import { createSqsCrashQueue } from '../../src/adapters/crash-queue/sqs.js';
import { QUEUE_NAMES, type QueueName } from '../../src/ports/crash-queue.js';
import { requireService } from '../../../test/services.js';
import { describeCrashQueueContract } from '../contracts/crash-queue.contract.js';

const moto = await requireService('moto');

describe.skipIf(!moto)('SQS adapter against moto', () => {
  describeCrashQueueContract('SQS (moto)', async () => {
    const client = new SQSClient({ endpoint: moto!.url, region: 'us-east-1' });
    const suffix = randomBytes(6).toString('hex');
    const queues = {} as Record<QueueName, string>;
    for (const name of QUEUE_NAMES) {
      const created = await client.send(
        new CreateQueueCommand({ QueueName: `cairn-${name}-${suffix}` }),
      );
      queues[name] = name === 'standard' ? `cairn-${name}-${suffix}` : created.QueueUrl!; // names and URLs both work
    }
    return {
      queue: createSqsCrashQueue({
        queues,
        region: 'us-east-1',
        endpoint: moto!.url,
        visibilityTimeoutMs: 1000,
      }),
      async cleanup() {
        for (const name of QUEUE_NAMES) {
          await client
            .send(
              new DeleteQueueCommand({
                QueueUrl: `${moto!.url}/123456789012/cairn-${name}-${suffix}`,
              }),
            )
            .catch(() => undefined);
        }
        client.destroy();
      },
    };
  });
});
