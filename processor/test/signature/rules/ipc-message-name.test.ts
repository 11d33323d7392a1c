import { describe, expect, it } from 'vitest';
import { ipcMessageNameRule } from '../../../src/signature/rules/ipc-message-name.js';
import { runRule } from '../signature-fixtures.js';

describe('SignatureIPCMessageName', () => {
  it('applies when there is a message name', () => {
    expect(runRule(ipcMessageNameRule, { ipc_message_name: '' }).applied).toBe(false);
  });

  it('appends the message name', () => {
    expect(
      runRule(ipcMessageNameRule, { ipc_message_name: 'PContent::Msg_X' }).result.signature,
    ).toBe('hello | IPC_Message_Name=PContent::Msg_X');
  });
});
