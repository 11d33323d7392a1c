import { describe, expect, it } from 'vitest';
import { buildTelemetryCrash } from '../../src/telemetry/build-telemetry-crash.js';

const PROCESSED_CRASH = {
  uuid: 'de1bb258-cbbf-4589-a673-34f800160918',
  signature: 'js::GCMarker::drainMarkStack',
  build: '20240101000000',
  date_processed: '2024-01-02T03:04:05+00:00',
  os_name: 'Windows NT',
  os_version: '10.0.19045',
  os_pretty_version: 'Windows 10',
  safe_mode: false,
  total_physical_memory: 17179869184,
  user_comments: 'my email is someone@example.com',
  url: 'https://private.example.com/',
  submitted_from_infobar: true,
  memory_report: { version: 1, hasMozMallocUsableSize: true, reports: [] },
  signature_debug: 'debug',
  json_dump: {
    pid: 42,
    crash_info: { address: '0x0', crashing_thread: 0, type: 'SIGSEGV', instruction: 'mov' },
    threads: [
      {
        frame_count: 1,
        frames: [
          { frame: 0, function: 'f', module: 'm', offset: '0x1', registers: { rip: '0x1' } },
        ],
      },
    ],
    modules: [
      {
        base_addr: '0x1000',
        end_addr: '0x2000',
        filename: 'm',
        debug_file: 'm.pdb',
        debug_id: 'ABC',
        code_id: null,
        cert_subject: 'Private Corp',
      },
    ],
  },
};

describe('buildTelemetryCrash', () => {
  const { document, droppedPaths } = buildTelemetryCrash(PROCESSED_CRASH);

  it('adds the renamed copies of build, date, OS name, version and pretty version', () => {
    expect(document).toMatchObject({
      build_id: '20240101000000',
      date: '2024-01-02T03:04:05+00:00',
      platform: 'Windows NT',
      platform_version: '10.0.19045',
      platform_pretty_version: 'Windows 10',
    });
    expect(document).not.toHaveProperty('build');
    expect(document).not.toHaveProperty('os_name');
  });

  it('exports no protected key, even those the schema lists', () => {
    for (const key of [
      'user_comments',
      'url',
      'submitted_from_infobar',
      'memory_report',
      'signature_debug',
    ]) {
      expect(document).not.toHaveProperty(key);
    }
  });

  it('writes the converted keys as text', () => {
    expect(document.safe_mode).toBe('0');
    expect(document.total_physical_memory).toBe('17179869184');
  });

  it('keeps only the public subset of json_dump: no registers, no instruction, no certificates', () => {
    expect(document.json_dump).toEqual({
      pid: 42,
      crash_info: { address: '0x0', crashing_thread: 0, type: 'SIGSEGV' },
      threads: [
        { frame_count: 1, frames: [{ frame: 0, function: 'f', module: 'm', offset: '0x1' }] },
      ],
      modules: [
        {
          base_addr: '0x1000',
          end_addr: '0x2000',
          filename: 'm',
          debug_file: 'm.pdb',
          debug_id: 'ABC',
        },
      ],
    });
  });

  it('reports the values it had to leave out', () => {
    expect(droppedPaths).toEqual(['.json_dump.modules.[0].code_id']);
  });
});
