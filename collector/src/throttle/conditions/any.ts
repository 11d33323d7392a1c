/** `any: [C1, C2, …]`: at least one listed condition matches. */
import type { ConditionKind } from '../condition.js';

/** Logical or. */
export const anyCondition: ConditionKind = {
  name: 'any',
  description: 'At least one listed condition matches.',
  readsAnnotation: false,
  build(builder) {
    const specs = builder.operand;
    if (!Array.isArray(specs) || specs.length === 0) {
      return builder.fail('`any` takes a non-empty list of conditions');
    }
    const children = specs.map((spec: unknown, index: number) =>
      builder.compileChild(spec, `${builder.path}[${index}]`),
    );
    return (context) => children.some((child) => child(context));
  },
};
