/**
 * The CrashQueue contract: every adapter runs this same suite. Adapters are made with a
 * 1-second visibility timeout so redelivery can be observed.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CrashQueue } from '../../src/ports/crash-queue.js';

/** What a queue adapter under test provides. */
export interface CrashQueueUnderTest {
  /** An adapter on empty queues, with a visibility timeout of 1000 ms. */
  readonly queue: CrashQueue;
  cleanup(): Promise<void>;
}

const VISIBILITY_MS = 1000;
const A = 'de1bb258-cbbf-4589-a673-34f800160918';
const B = '0bba929f-8721-460c-dead-a43c20071027';
const C = '11111111-2222-4333-8444-555550160919';

/** Runs the contract against an adapter made fresh for each test. */
export function describeCrashQueueContract(
  adapterName: string,
  create: () => Promise<CrashQueueUnderTest>,
) {
  describe(`CrashQueue contract: ${adapterName}`, () => {
    let subject: CrashQueueUnderTest;
    beforeEach(async () => {
      subject = await create();
    });
    afterEach(async () => {
      await subject.queue.close();
      await subject.cleanup();
    });
    const bodies = (messages: { body: string }[]) => messages.map((message) => message.body);

    it('delivers a published body once, and not again after it is acked', async () => {
      const { queue } = subject;
      await queue.publish('standard', [A]);
      const [message] = await queue.receive({ maxMessages: 10 });
      expect(message).toMatchObject({ queue: 'standard', body: A, receiveCount: 1 });
      await queue.ack(message!);
      await sleep(VISIBILITY_MS + 500);
      expect(await queue.receive({ maxMessages: 10 })).toEqual([]);
    });

    it('keeps a received message invisible, then redelivers it when it was not acked', async () => {
      const { queue } = subject;
      await queue.publish('standard', [A]);
      expect(bodies(await queue.receive({ maxMessages: 10 }))).toEqual([A]);
      expect(await queue.receive({ maxMessages: 10 })).toEqual([]);
      await sleep(VISIBILITY_MS + 500);
      const [again] = await queue.receive({ maxMessages: 10 });
      expect(again).toMatchObject({ body: A, receiveCount: 2 });
    });

    it('makes a released message visible again at once', async () => {
      const { queue } = subject;
      await queue.publish('priority', [A]);
      const [message] = await queue.receive({ maxMessages: 1 });
      await queue.release(message!);
      expect(bodies(await queue.receive({ maxMessages: 1 }))).toEqual([A]);
    });

    it('takes priority first, then standard, then reprocessing', async () => {
      const { queue } = subject;
      await queue.publish('reprocessing', [`${C}:regenerate_signature`]);
      await queue.publish('standard', [B]);
      await queue.publish('priority', [A]);
      const received = await queue.receive({ maxMessages: 3 });
      expect(received.map((message) => [message.queue, message.body])).toEqual([
        ['priority', A],
        ['standard', B],
        ['reprocessing', `${C}:regenerate_signature`],
      ]);
    });

    it('returns no more than maxMessages and leaves the rest for the next receive', async () => {
      const { queue } = subject;
      await queue.publish('standard', [A, B, C]);
      const first = await queue.receive({ maxMessages: 2 });
      expect(first).toHaveLength(2);
      const second = await queue.receive({ maxMessages: 2 });
      expect(bodies([...first, ...second]).sort()).toEqual([A, B, C].sort());
    });

    it('waits up to waitMs for a message published while it waits', async () => {
      const { queue } = subject;
      const waiting = queue.receive({ maxMessages: 1, waitMs: 5000 });
      await sleep(300);
      await queue.publish('standard', [B]);
      expect(bodies(await waiting)).toEqual([B]);
    });

    it('returns an empty list when nothing arrives within waitMs', async () => {
      expect(await subject.queue.receive({ maxMessages: 1, waitMs: 300 })).toEqual([]);
    });

    it('answers a health check', async () => {
      await expect(subject.queue.checkHealth()).resolves.toBeUndefined();
    });
  });
}
