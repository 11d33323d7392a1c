/**
 * The CrashStorage contract: every adapter runs this same suite. It checks behaviour and the
 * reference key layout (through `readObject`, the adapter's raw view of its store).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CrashNotFoundError,
  type CrashStorage,
  type RawCrash,
} from '../../src/ports/crash-storage.js';
import { formatPythonJson } from '../../src/python-json.js';

/** What a storage adapter under test provides. */
export interface CrashStorageUnderTest {
  readonly storage: CrashStorage;
  /** Reads an object by its key, bypassing the port; undefined when absent. */
  readObject(key: string): Promise<Uint8Array | undefined>;
  cleanup(): Promise<void>;
}

const ID = 'de1bb258-cbbf-4589-a673-34f800160918';
const OTHER_ID = '0bba929f-8721-460c-dead-a43c20071027';
const NEXT_DAY_ID = '11111111-2222-4333-8444-555550160919';

const rawCrash: RawCrash = {
  ProductName: 'Firefox',
  Version: '120.0',
  Comments: 'Crashed while opening “tabs” ☃ 🦊',
  metadata: { collector_notes: [], payload: 'multipart', payload_size: 483 },
  submitted_timestamp: '2016-09-18T12:00:00+00:00',
  uuid: ID,
  version: 2,
};
const mainDump = new Uint8Array([0x4d, 0x44, 0x4d, 0x50, 0x93, 0xa7, 0, 0]);
const browserDump = new Uint8Array([1, 2, 3, 255]);
const text = (bytes: Uint8Array | undefined) =>
  bytes ? new TextDecoder().decode(bytes) : undefined;

/** Runs the contract against an adapter made fresh for each test. */
export function describeCrashStorageContract(
  adapterName: string,
  create: () => Promise<CrashStorageUnderTest>,
) {
  describe(`CrashStorage contract: ${adapterName}`, () => {
    let subject: CrashStorageUnderTest;
    beforeEach(async () => {
      subject = await create();
    });
    afterEach(async () => {
      await subject.storage.close();
      await subject.cleanup();
    });

    const saveExample = () =>
      subject.storage.saveRawCrash(
        ID,
        rawCrash,
        new Map([
          ['upload_file_minidump_browser', browserDump],
          ['upload_file_minidump', mainDump],
        ]),
      );

    it('reads back a saved raw crash, its dump names and its dumps', async () => {
      await saveExample();
      expect(await subject.storage.loadRawCrash(ID)).toEqual(rawCrash);
      expect(await subject.storage.loadDumpNames(ID)).toEqual([
        'upload_file_minidump',
        'upload_file_minidump_browser',
      ]);
      expect(await subject.storage.loadDump(ID, 'upload_file_minidump')).toEqual(mainDump);
      expect(await subject.storage.loadDump(ID, 'upload_file_minidump_browser')).toEqual(
        browserDump,
      );
    });

    it('stores under the reference keys, the raw crash in its date folder and the main dump as `dump`', async () => {
      await saveExample();
      expect(text(await subject.readObject(`v1/raw_crash/20160918/${ID}`))).toBe(
        formatPythonJson(rawCrash),
      );
      expect(text(await subject.readObject(`v1/dump_names/${ID}`))).toBe(
        '["upload_file_minidump", "upload_file_minidump_browser"]',
      );
      expect(await subject.readObject(`v1/dump/${ID}`)).toEqual(mainDump);
      expect(await subject.readObject(`v1/upload_file_minidump_browser/${ID}`)).toEqual(
        browserDump,
      );
      expect(await subject.readObject(`v1/upload_file_minidump/${ID}`)).toBeUndefined();
    });

    it('writes an empty dump-name list for a crash without dumps', async () => {
      await subject.storage.saveRawCrash(ID, rawCrash, new Map());
      expect(text(await subject.readObject(`v1/dump_names/${ID}`))).toBe('[]');
      expect(await subject.storage.loadDumpNames(ID)).toEqual([]);
    });

    it('reports a missing raw crash, dump or processed crash with CRASH_NOT_FOUND', async () => {
      await expect(subject.storage.loadRawCrash(OTHER_ID)).rejects.toMatchObject({
        code: 'CRASH_NOT_FOUND',
        crashId: OTHER_ID,
        kind: 'raw_crash',
      });
      await expect(subject.storage.loadDumpNames(OTHER_ID)).rejects.toBeInstanceOf(
        CrashNotFoundError,
      );
      await saveExample();
      await expect(subject.storage.loadDump(ID, 'memory_report')).rejects.toMatchObject({
        kind: 'dump',
        dumpName: 'memory_report',
      });
      await expect(subject.storage.loadProcessedCrash(ID)).rejects.toMatchObject({
        kind: 'processed_crash',
      });
    });

    it('saves, reads and replaces a processed crash', async () => {
      await subject.storage.saveProcessedCrash(ID, {
        uuid: ID,
        signature: 'first',
        json_dump: { threads: [] },
      });
      await subject.storage.saveProcessedCrash(ID, { uuid: ID, signature: 'second' });
      expect(await subject.storage.loadProcessedCrash(ID)).toEqual({
        uuid: ID,
        signature: 'second',
      });
      expect(JSON.parse(text(await subject.readObject(`v1/processed_crash/${ID}`))!)).toEqual({
        uuid: ID,
        signature: 'second',
      });
    });

    it('lists the raw crash ids of one day only, in order', async () => {
      await saveExample();
      await subject.storage.saveRawCrash(
        NEXT_DAY_ID,
        { ...rawCrash, uuid: NEXT_DAY_ID },
        new Map(),
      );
      const sameDay = '00000000-0000-4000-8000-000000160918';
      await subject.storage.saveRawCrash(sameDay, { ...rawCrash, uuid: sameDay }, new Map());
      const listed: string[] = [];
      for await (const id of subject.storage.listRawCrashIds('20160918')) listed.push(id);
      expect(listed).toEqual([sameDay, ID]);
      const none: string[] = [];
      for await (const id of subject.storage.listRawCrashIds('20200101')) none.push(id);
      expect(none).toEqual([]);
    });

    it('tells whether a processed crash is stored without reading it', async () => {
      await saveExample();
      expect(await subject.storage.hasProcessedCrash(ID)).toBe(false);
      await subject.storage.saveProcessedCrash(ID, { uuid: ID });
      expect(await subject.storage.hasProcessedCrash(ID)).toBe(true);
      expect(await subject.storage.hasProcessedCrash(OTHER_ID)).toBe(false);
    });

    it('lists the days that have raw crashes, in order, each once', async () => {
      const none: string[] = [];
      for await (const date of subject.storage.listRawCrashDates()) none.push(date);
      expect(none).toEqual([]);
      await subject.storage.saveRawCrash(
        NEXT_DAY_ID,
        { ...rawCrash, uuid: NEXT_DAY_ID },
        new Map(),
      );
      await saveExample();
      await subject.storage.saveRawCrash(OTHER_ID, { ...rawCrash, uuid: OTHER_ID }, new Map());
      const dates: string[] = [];
      for await (const date of subject.storage.listRawCrashDates()) dates.push(date);
      expect(dates).toEqual(['20071027', '20160918', '20160919']);
    });

    it('deletes every object of a crash and leaves the others alone', async () => {
      await saveExample();
      await subject.storage.saveProcessedCrash(ID, { uuid: ID });
      await subject.storage.saveRawCrash(
        NEXT_DAY_ID,
        { ...rawCrash, uuid: NEXT_DAY_ID },
        new Map([['upload_file_minidump', mainDump]]),
      );
      await subject.storage.deleteCrash(ID);
      for (const key of [
        `v1/raw_crash/20160918/${ID}`,
        `v1/dump_names/${ID}`,
        `v1/dump/${ID}`,
        `v1/upload_file_minidump_browser/${ID}`,
        `v1/processed_crash/${ID}`,
      ]) {
        expect(await subject.readObject(key)).toBeUndefined();
      }
      await expect(subject.storage.loadRawCrash(ID)).rejects.toBeInstanceOf(CrashNotFoundError);
      expect(await subject.storage.loadDump(NEXT_DAY_ID, 'upload_file_minidump')).toEqual(mainDump);
      const dates: string[] = [];
      for await (const date of subject.storage.listRawCrashDates()) dates.push(date);
      expect(dates).toEqual(['20160919']);
    });

    it('deletes a crash that is partly or wholly gone already without an error', async () => {
      await subject.storage.saveProcessedCrash(OTHER_ID, { uuid: OTHER_ID });
      await subject.storage.deleteCrash(OTHER_ID);
      expect(await subject.storage.hasProcessedCrash(OTHER_ID)).toBe(false);
      await expect(subject.storage.deleteCrash(OTHER_ID)).resolves.toBeUndefined();
      await expect(subject.storage.deleteCrash('../../etc/passwd')).rejects.toMatchObject({
        code: 'INVALID_CRASH_ID',
      });
    });

    it('refuses a crash id that could escape the key layout', async () => {
      await expect(
        subject.storage.saveRawCrash('../../etc/passwd', rawCrash, new Map()),
      ).rejects.toMatchObject({
        code: 'INVALID_CRASH_ID',
      });
      await expect(subject.storage.loadProcessedCrash('../x')).rejects.toMatchObject({
        code: 'INVALID_CRASH_ID',
      });
    });

    it('answers a health check', async () => {
      await expect(subject.storage.checkHealth()).resolves.toBeUndefined();
    });
  });
}
