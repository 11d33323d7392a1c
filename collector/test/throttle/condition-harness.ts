/** The shared harness of the condition tests: compile one condition, run it on annotations. */
import type { PythonJsonValue } from '@cairn/core';
import { compileThrottleRuleSet } from '../../src/throttle/load-rule-set.js';
import { throttleCrash } from '../../src/throttle/throttler.js';

/** Lists for the product conditions. */
export const PRODUCT_LISTS = {
  products: ['Firefox', 'Fenix'],
  productPackageNames: { Fenix: ['org.mozilla.fenix'] },
};

/** Whether the condition `when` (in a rule with `key`) matches the annotations. */
export function conditionMatches(
  when: unknown,
  annotations: Record<string, PythonJsonValue>,
  options: { key?: string; now?: string; lists?: Record<string, unknown> } = {},
): boolean {
  const ruleSet = compileThrottleRuleSet(
    {
      ...(options.lists ?? PRODUCT_LISTS),
      rules: [{ name: 'matched', key: options.key ?? '*', when, result: 'ACCEPT' }],
    },
    'test rules',
  );
  const decision = throttleCrash(ruleSet, annotations, {
    now: new Date(options.now ?? '2026-07-01T12:00:00Z'),
    random: () => 0.5,
  });
  return decision.rule === 'matched';
}

/** The error message a condition gets when it is compiled. */
export function compileError(when: unknown, key = '*'): string {
  try {
    compileThrottleRuleSet({ rules: [{ name: 'r', key, when, result: 'ACCEPT' }] }, 'rules.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  return 'compiled';
}
