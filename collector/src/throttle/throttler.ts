/**
 * Runs a rule set over a crash's annotations, first decisive rule wins, as the reference's
 * throttler does (research/antenna-collector.md §4.1): a rule with a key is skipped when the
 * crash lacks that annotation; a sampled rule draws `random() * 100` and takes `atOrBelow`
 * when the draw is at or below its percent (one fresh draw per sampled rule); CONTINUE moves
 * on to the next rule; when nothing decides, the crash is rejected as NO_MATCH.
 */
import type { PythonJsonValue } from '@cairn/core';
import type { ThrottleDecision, ThrottleRuleSet } from './rule-set.js';

/** A uniform random number in [0, 1); injected so tests and replays are deterministic. */
export type RandomSource = () => number;

/** Decides what to do with a crash. */
export function throttleCrash(
  ruleSet: ThrottleRuleSet,
  annotations: Readonly<Record<string, PythonJsonValue>>,
  options: { readonly now: Date; readonly random: RandomSource },
): ThrottleDecision {
  const context = {
    annotations,
    now: options.now,
    products: ruleSet.products,
    productPackageNames: ruleSet.productPackageNames,
  };
  for (const rule of ruleSet.rules) {
    if (rule.key !== '*' && !Object.hasOwn(annotations, rule.key)) continue;
    if (!rule.condition(context)) continue;
    const outcome = rule.outcome;
    if (outcome.kind === 'fixed')
      return { result: outcome.result, rule: rule.name, percentage: 100 };
    const picked = options.random() * 100 <= outcome.percent ? outcome.atOrBelow : outcome.above;
    if (picked !== 'CONTINUE') {
      return { result: picked, rule: rule.name, percentage: outcome.percent };
    }
  }
  return { result: 'REJECT', rule: 'NO_MATCH', percentage: 0 };
}
