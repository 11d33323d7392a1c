/** SignatureIPCMessageName: appends the IPC message being handled. */
import { isPythonTruthy, pythonGet, pythonStr } from '../python/python-values.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'SignatureIPCMessageName';

/**
 * Reads `ipc_message_name`; appends ` | IPC_Message_Name=<name>`, which separates crashes in
 * the same handler code by message. research/socorro-processor.md §3.2 step 9.
 */
export const ipcMessageNameRule: SignatureRule = {
  name: NAME,
  description: 'Appends " | IPC_Message_Name=<name>" from ipc_message_name.',
  predicate: ({ crashData }) => isPythonTruthy(pythonGet(crashData, 'ipc_message_name')),
  action({ crashData, result }) {
    const name = pythonStr(pythonGet(crashData, 'ipc_message_name'));
    result.setSignature(NAME, `${result.signature} | IPC_Message_Name=${name}`);
  },
};
