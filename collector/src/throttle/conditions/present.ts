/** `present: true`: the annotation exists, whatever its value (even empty or null). */
import type { ConditionKind } from '../condition.js';

/** Matches when the annotation is in the crash. */
export const presentCondition: ConditionKind = {
  name: 'present',
  description: 'The annotation `key` is in the crash, whatever its value (`present: true`).',
  readsAnnotation: true,
  build(builder) {
    const key = builder.key;
    if (builder.operand !== true) builder.fail('`present` takes the value true');
    if (key === undefined) return builder.fail('`present` needs a `key` (or a rule key)');
    return (context) => Object.hasOwn(context.annotations, key);
  },
};
