import { describe, expect, it } from 'vitest';
import { compileThrottleRuleSet } from '../../src/throttle/load-rule-set.js';
import { throttleCrash } from '../../src/throttle/throttler.js';

const ruleSet = compileThrottleRuleSet(
  {
    rules: [
      { name: 'keyed', key: 'Skip', when: { always: true }, result: 'DEFER' },
      {
        name: 'sampled',
        key: 'Sampled',
        result: { percent: 10, atOrBelow: 'CONTINUE', above: 'REJECT' },
      },
      {
        name: 'second_draw',
        key: 'Sampled',
        result: { percent: 50, atOrBelow: 'ACCEPT', above: 'REJECT' },
      },
      { name: 'fallback', key: 'Fallback', result: 'FAKEACCEPT' },
    ],
  },
  'test',
);

function decide(annotations: Record<string, string>, draws: number[]) {
  const remaining = [...draws];
  return throttleCrash(ruleSet, annotations, {
    now: new Date(),
    random: () => {
      const draw = remaining.shift();
      if (draw === undefined) throw new Error('unexpected draw');
      return draw;
    },
  });
}

describe('throttleCrash', () => {
  it('runs a keyed rule only when the crash has the key', () => {
    expect(decide({ Skip: '' }, [])).toEqual({ result: 'DEFER', rule: 'keyed', percentage: 100 });
    expect(decide({ Fallback: '' }, [])).toEqual({
      result: 'FAKEACCEPT',
      rule: 'fallback',
      percentage: 100,
    });
  });

  it('takes the first outcome when the draw is at or below the percent, with a fresh draw per rule', () => {
    expect(decide({ Sampled: '' }, [0.1, 0.5])).toEqual({
      result: 'ACCEPT',
      rule: 'second_draw',
      percentage: 50,
    });
    expect(decide({ Sampled: '' }, [0.1, 0.51])).toEqual({
      result: 'REJECT',
      rule: 'second_draw',
      percentage: 50,
    });
  });

  it('reports the sampled rule and its percent when it rejects', () => {
    expect(decide({ Sampled: '' }, [0.11])).toEqual({
      result: 'REJECT',
      rule: 'sampled',
      percentage: 10,
    });
  });

  it('rejects as NO_MATCH when no rule decides', () => {
    expect(decide({}, [])).toEqual({ result: 'REJECT', rule: 'NO_MATCH', percentage: 0 });
  });
});
