/**
 * The shape of a signature rule, as the reference's: `predicate` says whether the rule
 * applies to this crash, `action` changes the result. Rules are listed in order in
 * signature-pipeline.ts; each lives in rules/<name>.ts.
 */
import type { SignatureLists } from './lists/signature-lists.js';
import type { SignatureCrashData } from './signature-crash-data.js';
import type { SignatureResult } from './signature-result.js';

/** What a rule sees: the crash data, the result so far, and the lists. */
export interface SignatureRuleContext {
  readonly crashData: SignatureCrashData;
  readonly result: SignatureResult;
  readonly lists: SignatureLists;
}

/** One step of signature generation. */
export interface SignatureRule {
  /** The reference's rule name; notes and debug lines start with it. */
  readonly name: string;
  /** What the rule reads, what it writes and why, for the generated rule reference. */
  readonly description: string;
  /** Whether the rule applies; rules without one always apply. */
  predicate?(context: SignatureRuleContext): boolean;
  /** Changes `context.result`. */
  action(context: SignatureRuleContext): void;
}
