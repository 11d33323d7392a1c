import { describe, expect, it } from 'vitest';
import { ipcChannelErrorRule } from '../../../src/signature/rules/ipc-channel-error.js';
import { runRule } from '../signature-fixtures.js';

describe('SignatureIPCChannelError', () => {
  it('applies when there is a channel error', () => {
    expect(runRule(ipcChannelErrorRule, { ipc_channel_error: '' }).applied).toBe(false);
  });

  it('replaces the signature, on the browser side when the browser dump is attached', () => {
    const error = 'ShutDownKill'.repeat(10);
    const content = runRule(ipcChannelErrorRule, { ipc_channel_error: error }).result;
    expect(content.signature).toBe(`IPCError-content | ${error.slice(0, 100)}`);
    expect(content.notes).toEqual([
      'SignatureIPCChannelError: IPC Channel Error stomped on signature',
    ]);
    const browser = runRule(ipcChannelErrorRule, {
      ipc_channel_error: 'x',
      additional_minidumps: ['upload_file_minidump_browser'],
    }).result;
    expect(browser.signature).toBe('IPCError-browser | x');
  });
});
