/** `equals: TEXT`: the annotation, as Python's str() writes it, is exactly TEXT. */
import type { ConditionKind } from '../condition.js';

/** Matches an exact value. */
export const equalsCondition: ConditionKind = {
  name: 'equals',
  description: 'The annotation (as text) is exactly the given string.',
  readsAnnotation: true,
  build(builder) {
    const expected = builder.operandString();
    return (context) => builder.readValue(context) === expected;
  },
};
