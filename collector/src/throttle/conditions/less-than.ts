/**
 * `lessThan: TEXT`: the annotation sorts before TEXT, comparing code points as Python compares
 * strings. The reference's infobar rule compares build ids this way (`BuildID < "20171226"`).
 */
import { compareCodePoints } from '@cairn/core';
import type { ConditionKind } from '../condition.js';

/** Matches values that sort before the operand. */
export const lessThanCondition: ConditionKind = {
  name: 'lessThan',
  description: 'The annotation (as text) sorts before the given string (code-point order).',
  readsAnnotation: true,
  build(builder) {
    const bound = builder.operandString();
    return (context) => compareCodePoints(builder.readValue(context), bound) < 0;
  },
};
