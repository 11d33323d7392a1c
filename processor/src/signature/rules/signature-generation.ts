/** SignatureGenerationRule: the base signature from the crashing thread's frames or Java data. */
import { getCrashingThread, getThread } from '../crashing-thread.js';
import { createFrameList } from '../frames/frame-list.js';
import { walkFrames } from '../frames/walk-frames.js';
import { generateJavaExceptionSignature } from '../java/java-exception-signature.js';
import { generateJavaStackTraceSignature } from '../java/java-stack-trace-signature.js';
import { PythonError } from '../python/python-error.js';
import { isPythonTruthy, pythonEquals, pythonGet } from '../python/python-values.js';
import type { SignatureRule, SignatureRuleContext } from '../signature-rule.js';

const NAME = 'SignatureGenerationRule';

/**
 * Reads `java_stack_trace`, else `java_exception`, else the crashing thread's frames (`threads`,
 * `crashing_thread`, `os`); writes the signature and, for frames, `proto_signature` and the
 * normalized frames. research/socorro-processor.md §3.2 step 1, §3.3–3.5.
 */
export const signatureGenerationRule: SignatureRule = {
  name: NAME,
  description:
    'Builds the base signature. Java crashes use the stack trace text (or, failing that, the ' +
    'JavaException annotation). Other crashes normalize the first 40 frames of the crashing ' +
    'thread (thread 0 when unknown) and walk them against the sentinel, irrelevant and prefix ' +
    'lists; the normalized frames are kept as proto_signature.',
  action(context) {
    const { crashData, result } = context;
    const stackTrace = pythonGet(crashData, 'java_stack_trace');
    const javaException = pythonGet(crashData, 'java_exception');
    if (isPythonTruthy(stackTrace) || isPythonTruthy(javaException)) {
      const tool = isPythonTruthy(stackTrace) ? 'JavaSignatureTool' : 'JavaExceptionSignatureTool';
      result.debug(NAME, `using ${tool}`);
      const { signature, notes } = isPythonTruthy(stackTrace)
        ? generateJavaStackTraceSignature(stackTrace)
        : generateJavaExceptionSignature(javaException);
      for (const note of notes) result.info(NAME, note);
      result.setSignature(NAME, signature);
      return;
    }
    generateFromFrames(context);
  },
};

function generateFromFrames({ crashData, result, lists }: SignatureRuleContext): void {
  result.debug(NAME, 'using CSignatureTool');
  const crashingThread = getCrashingThread(crashData);
  let frames: string[];
  try {
    frames = createFrameList(
      getThread(crashData, crashingThread),
      pythonEquals(pythonGet(crashData, 'os'), 'Windows NT'),
      lists.lineNumbers,
    );
  } catch (error) {
    // Latent bug kept from the reference (research §3.7): its handler for these errors calls
    // a method the result does not have, so the rule fails with that AttributeError instead.
    if (error instanceof PythonError && error.isOneOf('KeyError', 'IndexError')) {
      throw new PythonError('AttributeError', "'Result' object has no attribute 'note'");
    }
    throw error;
  }
  const walk = walkFrames(frames, lists, crashingThread);
  if (frames.length > 0) {
    result.protoSignature = frames.join(' | ');
    result.normalizedFrames = frames;
  }
  for (const note of walk.notes) result.info(NAME, note);
  for (const line of walk.debugLines) result.debug(NAME, line);
  if (walk.signature !== '') result.setSignature(NAME, walk.signature);
}
