/**
 * CrashQueue on Amazon SQS (or an SQS-compatible server): one standard SQS queue per crash
 * queue, bodies as the bare text the reference sends, visibility timeout per receive.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { CairnError } from '../../errors.js';
import { awsRequestHandlerOptions, type AwsRequestTimeouts } from '../aws-request-timeouts.js';
import {
  QUEUE_NAMES,
  type CrashQueue,
  type QueueMessage,
  type QueueName,
} from '../../ports/crash-queue.js';

/** Options of the SQS queue. Credentials come from the standard AWS environment and chain. */
export interface SqsCrashQueueOptions {
  /** Queue name or URL of each crash queue; names are resolved once with GetQueueUrl. */
  readonly queues: Readonly<Record<QueueName, string>>;
  readonly region: string;
  /** An SQS-compatible endpoint; AWS when absent. */
  readonly endpoint?: string;
  /** Connection and idle limits of each request. */
  readonly timeouts?: AwsRequestTimeouts;
  /** How long a received message stays invisible. @defaultValue 300000 (5 minutes) */
  readonly visibilityTimeoutMs?: number;
  /** Pause between rounds of empty receives while waiting. @defaultValue 200 ms */
  readonly pollIntervalMs?: number;
}

const SQS_BATCH_LIMIT = 10;

/** Opens the SQS crash queue. The queues must already exist. */
export function createSqsCrashQueue(options: SqsCrashQueueOptions): CrashQueue {
  const client = new SQSClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    requestHandler: awsRequestHandlerOptions(options.timeouts),
  });
  const visibilitySeconds = Math.ceil((options.visibilityTimeoutMs ?? 300_000) / 1000);
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  let urls: Promise<Record<QueueName, string>> | undefined;

  function queueUrls(): Promise<Record<QueueName, string>> {
    urls ??= (async () => {
      const resolved = {} as Record<QueueName, string>;
      for (const queue of QUEUE_NAMES) {
        const nameOrUrl = options.queues[queue];
        resolved[queue] = /^https?:\/\//.test(nameOrUrl)
          ? nameOrUrl
          : ((await client.send(new GetQueueUrlCommand({ QueueName: nameOrUrl }))).QueueUrl ?? '');
      }
      return resolved;
    })().catch((error: unknown) => {
      urls = undefined;
      throw error;
    });
    return urls;
  }

  async function receiveOnce(maxMessages: number): Promise<QueueMessage[]> {
    const resolved = await queueUrls();
    const received: QueueMessage[] = [];
    for (const queue of QUEUE_NAMES) {
      const wanted = Math.min(maxMessages - received.length, SQS_BATCH_LIMIT);
      if (wanted <= 0) break;
      const response = await client.send(
        new ReceiveMessageCommand({
          QueueUrl: resolved[queue],
          MaxNumberOfMessages: wanted,
          VisibilityTimeout: visibilitySeconds,
          WaitTimeSeconds: 0,
          MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        }),
      );
      for (const message of response.Messages ?? []) {
        if (!message.ReceiptHandle) continue;
        received.push({
          queue,
          body: message.Body ?? '',
          receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 1),
          receipt: message.ReceiptHandle,
        });
      }
    }
    return received;
  }

  return {
    async publish(queue, bodies) {
      const url = (await queueUrls())[queue];
      for (let start = 0; start < bodies.length; start += SQS_BATCH_LIMIT) {
        const batch = bodies.slice(start, start + SQS_BATCH_LIMIT);
        const response = await client.send(
          new SendMessageBatchCommand({
            QueueUrl: url,
            Entries: batch.map((body, index) => ({ Id: String(index), MessageBody: body })),
          }),
        );
        if (response.Failed && response.Failed.length > 0) {
          const failed = response.Failed.map((entry) => batch[Number(entry.Id)]).join(', ');
          throw new CairnError(
            'QUEUE_UNAVAILABLE',
            `SQS refused to publish to ${queue}: ${failed}`,
          );
        }
      }
    },
    async receive({ maxMessages, waitMs = 0 }) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const received = await receiveOnce(maxMessages);
        if (received.length > 0 || Date.now() >= deadline) return received;
        await sleep(Math.min(pollIntervalMs, Math.max(0, deadline - Date.now())));
      }
    },
    async ack(message) {
      const url = (await queueUrls())[message.queue];
      await client.send(
        new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.receipt }),
      );
    },
    async release(message) {
      const url = (await queueUrls())[message.queue];
      await client.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: url,
          ReceiptHandle: message.receipt,
          VisibilityTimeout: 0,
        }),
      );
    },
    async checkHealth() {
      const resolved = await queueUrls();
      for (const queue of QUEUE_NAMES) {
        await client.send(
          new GetQueueAttributesCommand({
            QueueUrl: resolved[queue],
            AttributeNames: ['QueueArn'],
          }),
        );
      }
    },
    async close() {
      client.destroy();
    },
  };
}
