/** `matches: REGEX`: the annotation matches a regular expression (JavaScript syntax, `u` flag). */
import type { ConditionKind } from '../condition.js';

/** Matches a regular expression anywhere in the value; anchor it with ^ and $ as needed. */
export const matchesCondition: ConditionKind = {
  name: 'matches',
  description:
    'The annotation (as text) matches the regular expression (JavaScript syntax, Unicode mode).',
  readsAnnotation: true,
  build(builder) {
    const source = builder.operandString();
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, 'u');
    } catch (error) {
      builder.fail(
        `invalid regular expression ${JSON.stringify(source)}: ${(error as Error).message}`,
      );
    }
    return (context) => pattern.test(builder.readValue(context));
  },
};
