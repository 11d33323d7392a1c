/** `always: true`: matches every crash (the reference's `always_match`). */
import type { ConditionKind } from '../condition.js';

/** Matches every crash. */
export const alwaysCondition: ConditionKind = {
  name: 'always',
  description: 'Matches every crash (`always: true`).',
  readsAnnotation: false,
  build(builder) {
    if (builder.operand !== true) builder.fail('`always` takes the value true');
    return () => true;
  },
};
