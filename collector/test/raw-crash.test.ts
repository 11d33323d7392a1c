import { describe, expect, it } from 'vitest';
import { formatPythonJson } from '@cairn/core';
import { buildRawCrash, removePrivateAnnotations } from '../src/raw-crash.js';

describe('buildRawCrash', () => {
  it('adds the collector fields, replacing client-sent ones, with Python-exact bytes', () => {
    const rawCrash = buildRawCrash(
      {
        annotations: { ProductName: 'Firefox', metadata: 'from client', version: 'x' },
        dumps: new Map([['upload_file_minidump', Buffer.from('abcd1234')]]),
        dumpChecksums: new Map([
          [
            'upload_file_minidump',
            'e9cee71ab932fde863338d08be4de9dfe39ea049bdafb342ce659ec5450b69ae',
          ],
        ]),
        notes: ['a note'],
        payload: 'multipart',
      },
      {
        submittedTimestamp: '2011-09-06T00:00:00+00:00',
        payloadSize: 483,
        isGzipped: false,
        userAgent: undefined,
      },
    );
    expect(formatPythonJson(rawCrash)).toBe(
      '{"ProductName": "Firefox", "metadata": {"collector_notes": ["a note"], "dump_checksums": {"upload_file_minidump": "e9cee71ab932fde863338d08be4de9dfe39ea049bdafb342ce659ec5450b69ae"}, "payload": "multipart", "payload_compressed": "0", "payload_size": 483, "user_agent": "None"}, "submitted_timestamp": "2011-09-06T00:00:00+00:00", "version": 2}',
    );
  });
});

describe('removePrivateAnnotations', () => {
  it('removes the four private fields in a fixed order, noting each', () => {
    const rawCrash = {
      TelemetrySessionId: '1',
      Email: 'a@b',
      Other: 'kept',
      metadata: { collector_notes: [] as string[] },
    };
    removePrivateAnnotations(rawCrash);
    expect(rawCrash).toEqual({
      Other: 'kept',
      metadata: {
        collector_notes: [
          'Removed Email from raw crash.',
          'Removed TelemetrySessionId from raw crash.',
        ],
      },
    });
  });
});
