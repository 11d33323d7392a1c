/**
 * Signature generation: runs the rules of signature-pipeline.ts over crash data. A rule that
 * throws becomes the note `<Rule>: Rule failed: <message>` and the next rule runs, as in the
 * reference (its messages are deterministic texts about the crash data, never secrets).
 */
import type { SignatureLists } from './lists/signature-lists.js';
import type { SignatureCrashData } from './signature-crash-data.js';
import { SIGNATURE_PIPELINE } from './signature-pipeline.js';
import { SignatureResult } from './signature-result.js';
import type { SignatureRule } from './signature-rule.js';

/** What signature generation produced. */
export interface GeneratedSignature {
  readonly signature: string;
  /** Public notes, each `<RuleName>: <text>`. */
  readonly notes: readonly string[];
  /** How the signature was made, each line `<RuleName>: <text>` (stored as signature_debug). */
  readonly debugLog: readonly string[];
  /** The crashing thread's normalized frames joined with `" | "`; null when there were none. */
  readonly protoSignature: string | null;
  /** The crashing thread's normalized frames; null when there were none. */
  readonly normalizedFrames: readonly string[] | null;
}

/** Generates the signature of `crashData` with `lists` (see loadSignatureLists). */
export function generateSignature(
  crashData: SignatureCrashData,
  lists: SignatureLists,
  pipeline: readonly SignatureRule[] = SIGNATURE_PIPELINE,
): GeneratedSignature {
  const result = new SignatureResult();
  for (const rule of pipeline) {
    const context = { crashData, result, lists };
    try {
      if (rule.predicate?.(context) ?? true) rule.action(context);
    } catch (error) {
      result.info(
        rule.name,
        `Rule failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return {
    signature: result.signature,
    notes: result.notes,
    debugLog: result.debugLog,
    protoSignature: result.protoSignature,
    normalizedFrames: result.normalizedFrames,
  };
}
