/**
 * Shared inputs for the signature tests: small lists like the reference's unit-test fixture,
 * crash data with a thread of frames, and runRule, which runs one rule (predicate, then
 * action) on a result that already holds a signature.
 */
import {
  createSignatureLists,
  type SignatureListLines,
  type SignatureLists,
} from '../../src/signature/lists/signature-lists.js';
import type { SignatureCrashData } from '../../src/signature/signature-crash-data.js';
import { SignatureResult } from '../../src/signature/signature-result.js';
import type { SignatureRule } from '../../src/signature/signature-rule.js';

/** Lists with one entry each, overridable: irrelevant `ignored1`, prefix `pre1|pre2`… */
export function testLists(overrides: Partial<SignatureListLines> = {}): SignatureLists {
  return createSignatureLists(
    {
      irrelevant: ['ignored1'],
      prefix: ['pre1', 'pre2'],
      lineNumbers: ['fnNeedNumber'],
      sentinels: ['sentinel', { sentinel: 'sentinel2', ifFramePresent: 'ff' }],
      ...overrides,
    },
    'test lists',
  );
}

/** Crash data whose crashing thread (0) has one frame per function name. */
export function crashWithFunctions(
  functions: readonly string[],
  extra: SignatureCrashData = {},
): SignatureCrashData {
  return {
    crashing_thread: 0,
    threads: [{ frames: functions.map((name, frame) => ({ frame, function: name })) }],
    ...extra,
  };
}

/** What one rule did to a result starting at `signature`. */
export interface RuleRun {
  readonly applied: boolean;
  readonly result: SignatureResult;
}

/** Runs `rule` on `crashData`, the result starting with `signature`, as the pipeline would. */
export function runRule(
  rule: SignatureRule,
  crashData: SignatureCrashData,
  signature = 'hello',
  lists: SignatureLists = testLists(),
): RuleRun {
  const result = new SignatureResult();
  result.signature = signature;
  const context = { crashData, result, lists };
  const applied = rule.predicate?.(context) ?? true;
  if (applied) rule.action(context);
  return { applied, result };
}
