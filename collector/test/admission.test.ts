import { describe, expect, it } from 'vitest';
import { createAdmissionBudget } from '../src/admission.js';

describe('createAdmissionBudget', () => {
  it('refuses what does not fit and takes it back on release', () => {
    const budget = createAdmissionBudget(100);
    const first = budget.reserve(60)!;
    expect(budget.reserve(50)).toBeUndefined();
    expect(first.grow(40)).toBe(true);
    expect(first.grow(1)).toBe(false);
    expect(budget.inUse()).toBe(100);
    first.release();
    first.release();
    expect(budget.inUse()).toBe(0);
    expect(first.grow(1)).toBe(false);
    expect(budget.reserve(100)).toBeDefined();
  });
});
