/** `startsWith: PREFIX` or `startsWith: [P1, P2, …]`: the annotation starts with a prefix. */
import type { ConditionKind } from '../condition.js';

/** Matches by prefix (case-sensitive unless `lowercase: true`). */
export const startsWithCondition: ConditionKind = {
  name: 'startsWith',
  description: 'The annotation (as text) starts with the given prefix, or one of the prefixes.',
  readsAnnotation: true,
  build(builder) {
    const prefixes = builder.operandStrings();
    return (context) => {
      const value = builder.readValue(context);
      return prefixes.some((prefix) => value.startsWith(prefix));
    };
  },
};
