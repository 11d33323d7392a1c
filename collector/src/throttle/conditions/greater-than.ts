/** `greaterThan: TEXT`: the annotation sorts after TEXT (code-point order, as Python). */
import { compareCodePoints } from '@cairn/core';
import type { ConditionKind } from '../condition.js';

/** Matches values that sort after the operand. */
export const greaterThanCondition: ConditionKind = {
  name: 'greaterThan',
  description: 'The annotation (as text) sorts after the given string (code-point order).',
  readsAnnotation: true,
  build(builder) {
    const bound = builder.operandString();
    return (context) => compareCodePoints(builder.readValue(context), bound) > 0;
  },
};
