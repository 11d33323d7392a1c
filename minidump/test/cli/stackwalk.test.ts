import { describe, expect, it } from 'vitest';
import { stackwalkBytes } from '../../src/cli/stackwalk.js';
import { ByteSink } from '../../src/writer/byte-sink.js';
import { amd64Context } from '../../src/writer/contexts.js';
import { MinidumpWriter } from '../../src/writer/minidump-writer.js';

describe('stackwalkBytes', () => {
  it('refuses a dump without a thread list the way the reference does', async () => {
    const bytes = new MinidumpWriter()
      .systemInfo({ processorArchitecture: 9, platformId: 0x8201 })
      .build();
    expect(await stackwalkBytes(bytes)).toEqual({
      ok: false,
      kind: 'MissingThreadList',
      message: 'MissingThreadList - Error processing dump: The thread list stream was not found',
    });
  });

  it('refuses a dump without system info', async () => {
    const bytes = new MinidumpWriter()
      .thread({ id: 1, context: amd64Context({ rip: 0x1000n }) })
      .build();
    const result = await stackwalkBytes(bytes);
    expect(result.ok ? 'walked' : result.kind).toBe('MissingSystemInfo');
  });

  it('refuses bytes that are not a minidump with the reader error kind', async () => {
    const result = await stackwalkBytes(new ByteSink().u32(0xdeadbeef).zeros(40).finish());
    expect(result.ok ? 'walked' : result.kind).toBe('HeaderMismatch');
  });

  it('prints a context-only thread when the stack memory is missing', async () => {
    const bytes = new MinidumpWriter()
      .systemInfo({ processorArchitecture: 9, platformId: 0x8201 })
      .thread({ id: 7, context: amd64Context({ rip: 0x4000n, rsp: 0x9000n }) })
      .build();
    const result = await stackwalkBytes(bytes);
    expect(result.ok).toBe(true);
    const json = (
      result as unknown as {
        json: {
          threads: Array<{ thread_id: number; frames: Array<{ offset: string; trust: string }> }>;
        };
      }
    ).json;
    expect(json.threads[0]?.thread_id).toBe(7);
    expect(json.threads[0]?.frames).toHaveLength(1);
    expect(json.threads[0]?.frames[0]).toMatchObject({
      offset: '0x0000000000004000',
      trust: 'context',
    });
  });
});
