/**
 * The accumulator the signature rules write into, as the reference's Result: the current
 * signature, public notes, the debug log (stored as `signature_debug`), and the crashing
 * thread's normalized frames. Every change of signature is logged with the rule that made it.
 */

/** The state of one signature generation while the rules run. */
export class SignatureResult {
  /** The signature so far; generation starts from the empty string. */
  signature = '';
  /** Public notes, each `<RuleName>: <text>`. */
  readonly notes: string[] = [];
  /** How the signature came to be, each line `<RuleName>: <text>`. */
  readonly debugLog: string[] = [];
  /** The crashing thread's normalized frames joined with `" | "`; null when there were none. */
  protoSignature: string | null = null;
  /** The crashing thread's normalized frames; null when there were none. */
  normalizedFrames: readonly string[] | null = null;

  /** Replaces the signature, logging the change under `ruleName`. */
  setSignature(ruleName: string, signature: string): void {
    this.debug(ruleName, `change signature: "${this.signature}" -> "${signature}"`);
    this.signature = signature;
  }

  /** Adds a public note. */
  info(ruleName: string, text: string): void {
    this.notes.push(`${ruleName}: ${text}`);
  }

  /** Adds a debug line. */
  debug(ruleName: string, text: string): void {
    this.debugLog.push(`${ruleName}: ${text}`);
  }
}
