/**
 * Conditions: the predicates of throttle rules, compiled once from rule-set data. Each kind
 * lives in its own file under conditions/ and is listed in condition-kinds.ts.
 */
import type { PythonJsonValue } from '@cairn/core';

/** What a condition can look at. */
export interface ConditionContext {
  readonly annotations: Readonly<Record<string, PythonJsonValue>>;
  /** The time of the submission, for age rules. */
  readonly now: Date;
  readonly products: readonly string[];
  readonly productPackageNames: Readonly<Record<string, readonly string[]>>;
}

/** A compiled condition. */
export type Condition = (context: ConditionContext) => boolean;

/** What a condition kind receives to build its test from the rule-set data. */
export interface ConditionBuilder {
  /** Where this condition sits in the rule file (`rules[3].when.all[1]`), for messages. */
  readonly path: string;
  /** The value written after the kind's name. */
  readonly operand: unknown;
  /** The annotation the condition reads (its own `key`, else the rule's key), if any. */
  readonly key: string | undefined;
  /**
   * The annotation as Python's str() writes it; a missing one reads as the condition's
   * `default`, or `""`. Lower-cased when the condition says `lowercase: true`.
   */
  readValue(context: ConditionContext): string;
  /** Compiles a nested condition (for all, any, not). */
  compileChild(spec: unknown, path: string): Condition;
  /** The operand as one string. */
  operandString(): string;
  /** The operand as a list of strings (a single string counts as a list of one). */
  operandStrings(): string[];
  /** The operand as a finite number. */
  operandNumber(): number;
  /** Reports a mistake in the rule file. */
  fail(message: string): never;
}

/** One kind of condition, named by the key it is written with (`equals`, `oneOf`…). */
export interface ConditionKind {
  readonly name: string;
  /** One line for the docs. */
  readonly description: string;
  /** Whether `key`, `default` and `lowercase` apply to it. */
  readonly readsAnnotation: boolean;
  build(builder: ConditionBuilder): Condition;
}

/** A mistake in a rule file; the message names the file, the place and the problem. */
export class ThrottleRulesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThrottleRulesError';
  }
}
