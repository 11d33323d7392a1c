/** `oneOf: [A, B, …]`: the annotation is one of the listed strings. */
import type { ConditionKind } from '../condition.js';

/** Matches any of a set of values. */
export const oneOfCondition: ConditionKind = {
  name: 'oneOf',
  description: 'The annotation (as text) is one of the listed strings.',
  readsAnnotation: true,
  build(builder) {
    const values = new Set(builder.operandStrings());
    return (context) => values.has(builder.readValue(context));
  },
};
