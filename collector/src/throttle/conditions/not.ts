/** `not: C`: the nested condition does not match. */
import type { ConditionKind } from '../condition.js';

/** Logical not. */
export const notCondition: ConditionKind = {
  name: 'not',
  description: 'The nested condition does not match.',
  readsAnnotation: false,
  build(builder) {
    const child = builder.compileChild(builder.operand, builder.path);
    return (context) => !child(context);
  },
};
