import { describe, expect, it } from 'vitest';
import { accessibilityRule } from '../../src/rules/accessibility.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('AccessibilityRule', () => {
  it.each([
    [{ Accessibility: 'Active' }, true],
    [{ Accessibility: 'Inactive' }, false],
    [{}, false],
  ])('%j → %j', async (rawCrash, active) => {
    expect((await runRule(accessibilityRule, { rawCrash })).processedCrash.accessibility).toBe(
      active,
    );
  });
});
