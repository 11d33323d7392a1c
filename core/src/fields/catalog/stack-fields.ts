/**
 * Fields about stacks: Java traces from the reference, and Cairn's own fields holding every
 * frame of the crashing thread so one can find crashes with a function, module or file
 * anywhere in the stack, not only in the signature.
 */
import { keywordField, textField } from '../define-field.js';

const CRASHING_FRAMES = 'json_dump.crashing_thread.frames[]';

/** Java stack traces and crashing-thread frames. */
export const STACK_FIELDS = [
  textField(
    'java_stack_trace',
    'The Java stack trace of the crash, without the exception message.',
  ),
  textField(
    'java_stack_trace_raw',
    'The Java stack trace with the exception message, which may hold private data.',
    { permission: 'view_pii' },
  ),
  keywordField(
    'stack_function',
    'Every function on the crashing thread’s stack, inlined ones included, as symbolicated.',
    {
      source: [`${CRASHING_FRAMES}.inlines[].function`, `${CRASHING_FRAMES}.function`],
      isList: true,
      origin: 'cairn',
    },
  ),
  keywordField('stack_module', 'Every module with a frame on the crashing thread’s stack.', {
    source: `${CRASHING_FRAMES}.module`,
    isList: true,
    origin: 'cairn',
  }),
  keywordField(
    'stack_file',
    'Every source file with a frame on the crashing thread’s stack, inlined ones included.',
    {
      source: [`${CRASHING_FRAMES}.inlines[].file`, `${CRASHING_FRAMES}.file`],
      isList: true,
      origin: 'cairn',
    },
  ),
];
