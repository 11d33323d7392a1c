/**
 * The `throttler` vectors (annotations → result, rule, percentage) and the
 * `throttler_condition` vectors (one reference condition function → true/false). Both run
 * Cairn's shipped rules: a reference condition function is matched to the condition of the
 * `mozilla` rule file that plays its part.
 */
import { compileThrottleRuleSet, throttleCrash, type ThrottleRuleSet } from '@cairn/collector';
import type { PythonJsonValue } from '@cairn/core';
import { compare, readVectorFile, runCases, type GroupReport } from './vector-file.js';
import { constantRandom, frozenClock } from './vector-collector.js';
import {
  readMozillaRuleData,
  ruleSetForSettings,
  type PseudoRule,
  type ThrottlerSettings,
} from './vector-rule-sets.js';

interface ThrottlerVector {
  id: string;
  config: ThrottlerSettings;
  random: number | null;
  now: string;
  custom_ruleset?: PseudoRule[];
  expect: { result: string; rule: string; percentage: number };
}

/** Runs every throttler vector. */
export async function runThrottlerVectors(dataDir: string): Promise<GroupReport> {
  const { vectors, pythonVectors } = await readVectorFile<ThrottlerVector>(
    dataDir,
    'throttler_vectors.json',
  );
  return runCases('throttler', vectors, async (vector, index) => {
    const ruleSet = await ruleSetForSettings(vector.config, vector.custom_ruleset);
    const annotations = rawCrashOf(pythonVectors[index]);
    const decision = throttleCrash(ruleSet, annotations, {
      now: frozenClock(vector.now).now(),
      random: constantRandom(vector.random),
    });
    return compare('decision', { ...decision }, vector.expect);
  });
}

interface ConditionVector {
  id: string;
  condition: string;
  now?: string;
  expect: boolean;
}

/** Runs every throttler_condition vector. */
export async function runThrottlerConditionVectors(dataDir: string): Promise<GroupReport> {
  const { vectors, pythonVectors } = await readVectorFile<ConditionVector>(
    dataDir,
    'throttler_condition_vectors.json',
  );
  const conditions = await referenceConditions();
  return runCases('throttler_condition', vectors, async (vector, index) => {
    const ruleSet = conditions.get(vector.condition);
    if (!ruleSet) return [`no Cairn condition stands for ${vector.condition}`];
    const decision = throttleCrash(ruleSet, rawCrashOf(pythonVectors[index]), {
      now: frozenClock(vector.now ?? new Date().toISOString()).now(),
      random: constantRandom(null),
    });
    return compare('matched', decision.rule === 'matched', vector.expect);
  });
}

function rawCrashOf(vector: PythonJsonValue | undefined): Record<string, PythonJsonValue> {
  return (vector as { raw_crash: Record<string, PythonJsonValue> }).raw_crash;
}

/**
 * For each reference condition function, a one-rule set (`matched`, ACCEPT) whose condition
 * is taken from the shipped `mozilla` rules: the whole condition of the rule that uses the
 * function, or the part of it that does the function's work.
 */
async function referenceConditions(): Promise<Map<string, ThrottleRuleSet>> {
  const mozilla = await readMozillaRuleData();
  const rules = mozilla.rules as { name: string; when: Record<string, unknown> }[];
  const whenOf = (name: string) => rules.find((rule) => rule.name === name)!.when;
  const esrWindows = whenOf('is_firefox_esr_unsupported_windows').all as Record<string, unknown>[];
  const conditions: [string, unknown][] = [
    ['match_infobar_true', whenOf('infobar_is_true')],
    ['match_old_buildid', whenOf('has_old_buildid')],
    ['match_unsupported_windows', { all: esrWindows.filter((condition) => 'json' in condition) }],
  ];
  return new Map(
    conditions.map(([name, when]) => [
      name,
      compileThrottleRuleSet(
        { ...mozilla, rules: [{ name: 'matched', when, result: 'ACCEPT' }] },
        `condition ${name}`,
      ),
    ]),
  );
}
