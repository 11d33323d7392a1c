import { describe, expect, it } from 'vitest';
import { buildSignatureCrashData } from '../../src/signature/signature-crash-data.js';

describe('buildSignatureCrashData', () => {
  it('takes the stack fields from json_dump and the rest from the processed crash', () => {
    const threads = [{ frames: [{ function: 'main' }] }];
    const crashData = buildSignatureCrashData({
      signature: 'old',
      hang: 'ui',
      oom_allocation_size: '4096',
      additional_minidumps: ['upload_file_minidump_browser'],
      json_dump: {
        crash_info: { crashing_thread: 2, type: 'SIGSEGV' },
        system_info: { os: 'Linux' },
        threads,
      },
      java_stack_trace: 'E\n\tat a.B.c(B.java)',
    });
    expect(crashData).toEqual({
      hang: 'ui',
      oom_allocation_size: 4096,
      js_large_allocation_failure: null,
      abort_message: null,
      mdsw_status_string: null,
      async_shutdown_timeout: null,
      ipc_channel_error: null,
      ipc_message_name: null,
      additional_minidumps: ['upload_file_minidump_browser'],
      original_signature: 'old',
      crashing_thread: 2,
      reason: 'SIGSEGV',
      threads,
      os: 'Linux',
      java_stack_trace: 'E\n\tat a.B.c(B.java)',
    });
  });

  it('leaves out the stack fields without json_dump and reads a bad size as null', () => {
    const crashData = buildSignatureCrashData({ oom_allocation_size: 'lots' });
    expect(crashData.oom_allocation_size).toBeNull();
    expect(crashData).not.toHaveProperty('threads');
    expect(crashData).not.toHaveProperty('crashing_thread');
    expect(crashData).not.toHaveProperty('java_exception');
    expect(crashData.additional_minidumps).toEqual([]);
    expect(crashData.original_signature).toBe('');
  });

  it('reads json_dump fields as null when json_dump is not an object', () => {
    expect(buildSignatureCrashData({ json_dump: null })).toMatchObject({
      crashing_thread: null,
      threads: null,
      os: null,
      reason: null,
    });
  });
});
