/**
 * The shape of a processor rule, as the reference's: `predicate` says whether the rule applies
 * to this crash, `action` does its work on the processed crash. Rules get one typed context
 * instead of the reference's five positional arguments, and declare the processed-crash keys
 * they write (a test checks each against the field catalog). Rule sets are in rulesets.ts.
 */
import type { SignatureLists } from '../signature/lists/signature-lists.js';
import type { StackWalker } from '../stackwalk/stack-walker.js';
import type { JsonObject } from '../values/json-object.js';
import type { ProcessorNotes } from './processor-notes.js';
import type { ProductVersionLookup } from './product-version-lookup.js';

/** What rules may use besides the crash itself. */
export interface RuleServices {
  /** Walks minidumps (MinidumpStackwalkRule). */
  readonly stackWalker: StackWalker;
  /** The signature lists (SignatureGeneratorRule). */
  readonly signatureLists: SignatureLists;
  /** Real version strings of beta and aurora builds (BetaVersionRule). */
  readonly productVersions: ProductVersionLookup;
}

/** What a rule sees. */
export interface RuleContext {
  readonly crashId: string;
  /** The raw crash: annotations and collector keys. The first rules clean it in place. */
  readonly rawCrash: JsonObject;
  /** The crash's dumps by name (`upload_file_minidump`, `memory_report`…). */
  readonly dumps: ReadonlyMap<string, Uint8Array>;
  /** The processed crash being built; on reprocessing it starts as the stored one. */
  readonly processedCrash: JsonObject;
  /** Public notes about this processing pass. */
  readonly notes: ProcessorNotes;
  readonly services: RuleServices;
  /** When stack walking must stop (epoch milliseconds): the per-crash time limit. */
  readonly deadlineMs: number;
  /**
   * `JSON.stringify` texts already made for values of the processed crash (the stack walker's
   * document), reused when the crash is saved. A rule that changes such a value deletes its
   * entry.
   */
  readonly jsonTexts: Map<object, string>;
}

/** One step of processing. */
export interface ProcessorRule {
  /** The reference's rule name; failure notes name it. */
  readonly name: string;
  /** What the rule reads, what it writes and why, for the generated rule reference. */
  readonly description: string;
  /** Top-level processed-crash keys the rule may write. */
  readonly writes: readonly string[];
  /** Whether the rule applies; rules without one always apply. */
  predicate?(context: RuleContext): boolean;
  /** Does the rule's work. */
  action(context: RuleContext): void | Promise<void>;
}
