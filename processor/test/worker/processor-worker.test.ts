import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeadLetterStore } from '../../src/worker/dead-letters.js';
import {
  openEmbeddedPorts,
  startTestProcessor,
  waitUntil,
  type EmbeddedPorts,
  type TestProcessor,
} from '../fixtures/embedded-processor.js';

const today = new Date().toISOString().slice(2, 10).replaceAll('-', '');
const crashId = (n: number) => `11111111-2222-4333-8444-${n.toString(16).padStart(6, '0')}${today}`;
const rawCrash = (id: string, extra: Record<string, string> = {}) => ({
  uuid: id,
  ProductName: 'Firefox',
  Version: '120.0',
  submitted_timestamp: new Date().toISOString(),
  ...extra,
});

describe('the processor worker', () => {
  let ports: EmbeddedPorts;
  let processor: TestProcessor | undefined;

  beforeEach(async () => {
    ports = await openEmbeddedPorts(2000);
  });
  afterEach(async () => {
    await processor?.stop();
    processor = undefined;
    await ports.close();
  });

  const count = (outcome: string) =>
    processor!.metricValue('cairn_processor_crashes_total', { outcome });
  const saveCrash = (id: string, extra?: Record<string, string>) =>
    ports.storage.saveRawCrash(
      id,
      rawCrash(id, extra),
      new Map([['upload_file_minidump', new Uint8Array()]]),
    );
  const waitForOutcome = (outcome: string, expected: number) =>
    waitUntil(async () => (await count(outcome)) >= expected, 30_000, `${expected} ${outcome}`);

  it('starts again from the stored crash when reprocessing, keeping old keys and the notes history', async () => {
    await saveCrash(crashId(1));
    await ports.queue.publish('standard', [crashId(1)]);
    processor = await startTestProcessor(ports);
    await waitForOutcome('processed', 1);
    const first = await ports.storage.loadProcessedCrash(crashId(1));
    await ports.storage.saveProcessedCrash(crashId(1), { ...first, added_by_an_operator: 'kept' });
    await ports.queue.publish('reprocessing', [crashId(1)]);
    await waitForOutcome('processed', 2);
    const second = await ports.storage.loadProcessedCrash(crashId(1));
    expect(second.added_by_an_operator).toBe('kept');
    expect(second.processor_history).toEqual([first.processor_notes]);
    expect(second.product).toBe('Firefox');
  });

  it('regenerates only the signature for a regenerate_signature work item', async () => {
    await saveCrash(crashId(2));
    await ports.storage.saveProcessedCrash(crashId(2), {
      uuid: crashId(2),
      date_processed: new Date().toISOString(),
      product: 'Stored product',
      json_dump: {
        crash_info: { crashing_thread: 0 },
        threads: [{ frames: [{ function: 'Stored::Frame()', module: 'm' }] }],
      },
    });
    await ports.queue.publish('reprocessing', [`${crashId(2)}:regenerate_signature`]);
    processor = await startTestProcessor(ports);
    await waitForOutcome('processed', 1);
    const processed = await ports.storage.loadProcessedCrash(crashId(2));
    expect(processed.signature).toBe('Stored::Frame');
    expect(processed.product).toBe('Stored product');
  });

  it('runs the full rule set when regenerate_signature finds no processed crash', async () => {
    await saveCrash(crashId(3));
    await ports.queue.publish('reprocessing', [`${crashId(3)}:regenerate_signature`]);
    processor = await startTestProcessor(ports);
    await waitForOutcome('processed', 1);
    expect(await ports.storage.loadProcessedCrash(crashId(3))).toMatchObject({
      product: 'Firefox',
      mdsw_status_string: 'EmptyMinidump',
    });
  });

  it('takes priority crashes before standard ones', async () => {
    await saveCrash(crashId(4));
    await saveCrash(crashId(5));
    await ports.queue.publish('standard', [crashId(4)]);
    await ports.queue.publish('priority', [crashId(5)]);
    processor = await startTestProcessor(ports, { settings: { concurrency: 1 } });
    await waitForOutcome('processed', 2);
    const standard = await ports.storage.loadProcessedCrash(crashId(4));
    const priority = await ports.storage.loadProcessedCrash(crashId(5));
    expect(String(priority.completed_datetime) <= String(standard.started_datetime)).toBe(true);
  });

  it('drops messages that are not work and crashes that are not in storage, acknowledging them', async () => {
    await ports.queue.publish('standard', ['test', crashId(6)]);
    processor = await startTestProcessor(ports);
    await waitForOutcome('dropped', 1);
    await waitForOutcome('not_found', 1);
    await processor.stop();
    processor = undefined;
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await ports.queue.receive({ maxMessages: 5 })).toEqual([]);
  });

  it('records a crash that keeps failing as a dead letter after the last allowed delivery', async () => {
    await saveCrash(crashId(7));
    const rawCrashFile = path.join(
      ports.directory,
      'crashes/v1/raw_crash',
      `20${today}`,
      crashId(7),
    );
    await rm(rawCrashFile);
    await writeFile(rawCrashFile, '{"uuid": "truncated');
    await ports.queue.publish('standard', [crashId(7)]);
    processor = await startTestProcessor(ports, { settings: { maxAttempts: 3 } });
    await waitForOutcome('dead_letter', 1);
    expect(await count('failed')).toBe(3);
    const [deadLetter, ...others] = await createDeadLetterStore(ports.appDb).list();
    expect(others).toEqual([]);
    expect(deadLetter).toMatchObject({
      work_item: crashId(7),
      crash_id: crashId(7),
      ruleset: null,
      queue: 'standard',
      reason: 'processing_failed',
      receive_count: 3,
      requeued_at: null,
    });
    expect(deadLetter!.error).toMatch(/^SyntaxError: /);
    expect(
      await processor.metricValue('cairn_processor_dead_letters_total', {
        reason: 'processing_failed',
      }),
    ).toBe(1);
    expect(await ports.queue.receive({ maxMessages: 5 })).toEqual([]);
  });

  it('records a work item naming an unknown rule set as a dead letter', async () => {
    await saveCrash(crashId(8));
    await ports.queue.publish('reprocessing', [`${crashId(8)}:no_such_rules`]);
    processor = await startTestProcessor(ports);
    await waitForOutcome('dead_letter', 1);
    expect(await createDeadLetterStore(ports.appDb).list()).toMatchObject([
      {
        work_item: `${crashId(8)}:no_such_rules`,
        ruleset: 'no_such_rules',
        reason: 'unknown_ruleset',
      },
    ]);
  });

  it('gives up on a message delivered more often than allowed without being finished', async () => {
    await saveCrash(crashId(9));
    await ports.queue.publish('standard', [crashId(9)]);
    for (let delivery = 0; delivery < 3; delivery++) {
      const [message] = await ports.queue.receive({ maxMessages: 1 });
      await ports.queue.release(message!);
    }
    processor = await startTestProcessor(ports, { settings: { maxAttempts: 3 } });
    await waitForOutcome('dead_letter', 1);
    expect(await createDeadLetterStore(ports.appDb).list()).toMatchObject([
      { work_item: crashId(9), reason: 'attempts_exhausted', receive_count: 4 },
    ]);
    await expect(ports.storage.loadProcessedCrash(crashId(9))).rejects.toMatchObject({
      code: 'CRASH_NOT_FOUND',
    });
  });

  it('finishes the crashes in flight when stopped', async () => {
    for (let n = 10; n < 16; n++) {
      await saveCrash(crashId(n));
      await ports.queue.publish('standard', [crashId(n)]);
    }
    processor = await startTestProcessor(ports, { settings: { concurrency: 3 } });
    await waitForOutcome('processed', 1);
    await processor.stop();
    const processed = await count('processed');
    processor = undefined;
    const remaining = await ports.queue.receive({ maxMessages: 10 });
    expect(processed + remaining.length).toBe(6);
  });
});
