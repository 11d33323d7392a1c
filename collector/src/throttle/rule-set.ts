/**
 * Throttle rules as data: an ordered list of named rules, each a condition on the crash's
 * annotations and an outcome, in the shape of the reference's `Rule(name, key, condition,
 * result)` (research/antenna-collector.md §4). Rule sets are loaded from JSON or YAML files
 * (load-rule-set.ts) and evaluated by throttler.ts.
 */
import type { Condition } from './condition.js';

/** What the throttler decides for a crash; the digit in its crash id follows from it. */
export const THROTTLE_RESULTS = ['ACCEPT', 'DEFER', 'REJECT', 'FAKEACCEPT'] as const;

/** ACCEPT saves and processes, DEFER saves only, REJECT drops, FAKEACCEPT answers but drops. */
export type ThrottleResult = (typeof THROTTLE_RESULTS)[number];

/** What a sampled rule may pick: a result, or CONTINUE to let the next rules decide. */
export type SampledOutcome = ThrottleResult | 'CONTINUE';

/** A rule's outcome when its condition matches. */
export type RuleOutcome =
  | { readonly kind: 'fixed'; readonly result: ThrottleResult }
  | {
      readonly kind: 'sampled';
      /** A uniform draw in [0, 100) at or below this takes `atOrBelow`, above takes `above`. */
      readonly percent: number;
      readonly atOrBelow: SampledOutcome;
      readonly above: SampledOutcome;
    };

/** One rule. */
export interface ThrottleRule {
  /** Letters, digits and `_`; reported in responses (`Discarded=rule_<name>`) and metrics. */
  readonly name: string;
  /** `*`, or an annotation the rule needs: the rule is skipped when the crash lacks it. */
  readonly key: string;
  readonly condition: Condition;
  readonly outcome: RuleOutcome;
}

/** A loaded rule set with the product lists its conditions may consult. */
export interface ThrottleRuleSet {
  /** Where it came from (a file path or a built-in name), for messages. */
  readonly source: string;
  /** Supported ProductNames; empty means every product is supported. */
  readonly products: readonly string[];
  /** Allowed Android_PackageName values per product; a product absent here allows any. */
  readonly productPackageNames: Readonly<Record<string, readonly string[]>>;
  readonly rules: readonly ThrottleRule[];
}

/** A throttle decision and the rule that made it. */
export interface ThrottleDecision {
  readonly result: ThrottleResult;
  /** The deciding rule's name, or `NO_MATCH` when no rule decided. */
  readonly rule: string;
  /** 100 for fixed outcomes, the rule's percent for sampled ones, 0 for NO_MATCH. */
  readonly percentage: number;
}
