import { describe, expect, it } from 'vitest';
import { compileError, conditionMatches } from '../condition-harness.js';

describe('always', () => {
  it('matches every crash, even an empty one', () => {
    expect(conditionMatches({ always: true }, {})).toBe(true);
  });
  it('takes only the value true', () => {
    expect(compileError({ always: 'yes' })).toBe(
      'rules.yaml: rules[0] (r).when.always: `always` takes the value true',
    );
  });
});
