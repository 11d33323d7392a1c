/** SignatureIPCChannelError: IPC channel errors are signed by the error, not the stack. */
import { codePointSlice } from '../python/python-strings.js';
import {
  isPythonTruthy,
  pythonContains,
  pythonGet,
  pythonStr,
  pythonTypeName,
} from '../python/python-values.js';
import { PythonError } from '../python/python-error.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'SignatureIPCChannelError';
const MAX_ERROR_LENGTH = 100;

/**
 * Reads `ipc_channel_error` and `additional_minidumps`; replaces the signature with
 * `IPCError-browser | <error>` when the browser process dump is attached, else
 * `IPCError-content | <error>` (error cut to 100 characters). research §3.2 step 8.
 */
export const ipcChannelErrorRule: SignatureRule = {
  name: NAME,
  description:
    'Replaces the signature with "IPCError-browser | <error>" (browser dump attached) or ' +
    '"IPCError-content | <error>" from ipc_channel_error, cut to 100 characters.',
  predicate: ({ crashData }) => isPythonTruthy(pythonGet(crashData, 'ipc_channel_error')),
  action({ crashData, result }) {
    const dumps = pythonGet(crashData, 'additional_minidumps');
    const side = pythonContains(isPythonTruthy(dumps) ? dumps : [], 'upload_file_minidump_browser')
      ? 'browser'
      : 'content';
    const error = firstCharacters(pythonGet(crashData, 'ipc_channel_error'));
    result.info(NAME, 'IPC Channel Error stomped on signature');
    result.setSignature(NAME, `IPCError-${side} | ${pythonStr(error)}`);
  },
};

/** Python's `value[:100]`. */
function firstCharacters(value: unknown): unknown {
  if (typeof value === 'string') return codePointSlice(value, 0, MAX_ERROR_LENGTH);
  if (Array.isArray(value)) return value.slice(0, MAX_ERROR_LENGTH);
  // Slices cannot be dict keys before Python 3.12, the reference's runtime.
  if (pythonTypeName(value) === 'dict')
    throw new PythonError('TypeError', "unhashable type: 'slice'");
  throw new PythonError('TypeError', `'${pythonTypeName(value)}' object is not subscriptable`);
}
