import { describe, expect, it } from 'vitest';
import { CairnError } from '../../src/errors.js';
import { toSearchDocument } from '../../src/search/search-document.js';

const base = {
  uuid: 'c0ffee00-0000-4000-8000-000001240313',
  date_processed: '2024-03-13 11:59:00+00:00',
};

describe('toSearchDocument', () => {
  it('reads catalog fields from their source paths under their Crash Stats names', () => {
    const document = toSearchDocument({
      ...base,
      os_name: 'Linux',
      build: '20240301000000',
      memory_measures: { explicit: 5 },
      json_dump: { system_info: { cpu_count: 4 } },
    });
    expect(document.dateMs).toBe(Date.UTC(2024, 2, 13, 11, 59));
    expect(Object.fromEntries(document.values)).toMatchObject({
      uuid: base.uuid,
      date: '2024-03-13T11:59:00.000Z',
      platform: 'Linux',
      build_id: 20240301000000,
      memory_explicit: 5,
      cpu_count: 4,
    });
  });

  it('indexes the explicit null of startup_crash as false, and leaves other nulls out', () => {
    const document = toSearchDocument({ ...base, startup_crash: null, uptime: null });
    expect(document.values.get('startup_crash')).toBe(false);
    expect(document.values.has('uptime')).toBe(false);
  });

  it('names the fields it had to leave out', () => {
    expect(
      toSearchDocument({ ...base, uptime: 'soon', crashing_thread: 2 ** 40 }).droppedFields,
    ).toEqual(['crashing_thread', 'uptime']);
  });

  it('refuses a crash without uuid or readable date_processed', () => {
    expect.assertions(2);
    for (const crash of [
      { date_processed: base.date_processed },
      { uuid: base.uuid, date_processed: 'soon' },
    ]) {
      try {
        toSearchDocument(crash);
      } catch (error) {
        expect(error instanceof CairnError && error.code).toBe('BAD_REQUEST');
      }
    }
  });
});
