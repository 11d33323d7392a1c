/** @cairn/collector: the Antenna-compatible HTTP crash collector. */
export { buildCollector, type CollectorDependencies } from './build-collector.js';
export { parseIsoTimestamp, type MicrosecondClock } from './submission-time.js';
export {
  BUILT_IN_RULE_SETS,
  compileThrottleRuleSet,
  loadThrottleRuleSet,
  parseThrottleRuleSet,
} from './throttle/load-rule-set.js';
export { ThrottleRulesError } from './throttle/condition.js';
export { throttleCrash, type RandomSource } from './throttle/throttler.js';
export type { ThrottleDecision, ThrottleResult, ThrottleRuleSet } from './throttle/rule-set.js';
