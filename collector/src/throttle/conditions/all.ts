/** `all: [C1, C2, …]`: every listed condition matches (evaluated in order, stops early). */
import type { ConditionKind } from '../condition.js';

/** Logical and. */
export const allCondition: ConditionKind = {
  name: 'all',
  description: 'Every listed condition matches.',
  readsAnnotation: false,
  build(builder) {
    const specs = builder.operand;
    if (!Array.isArray(specs) || specs.length === 0) {
      return builder.fail('`all` takes a non-empty list of conditions');
    }
    const children = specs.map((spec: unknown, index: number) =>
      builder.compileChild(spec, `${builder.path}[${index}]`),
    );
    return (context) => children.every((child) => child(context));
  },
};
