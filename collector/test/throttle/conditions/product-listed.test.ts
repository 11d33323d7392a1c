import { describe, expect, it } from 'vitest';
import { conditionMatches } from '../condition-harness.js';

describe('productListed', () => {
  it('looks at the rule set list, not at the crash', () => {
    expect(conditionMatches({ productListed: 'Fenix' }, {})).toBe(true);
    expect(conditionMatches({ productListed: 'B2G' }, { ProductName: 'B2G' })).toBe(false);
  });
});
