/**
 * Compiles the condition objects of a rule file. A condition is an object with exactly one
 * kind (`equals`, `oneOf`, `all`…) and, for kinds that read an annotation, the optional
 * fields `key` (which annotation; defaults to the rule's key), `default` (the text a missing
 * annotation reads as; defaults to `""`) and `lowercase` (compare the lower-cased value).
 */
import { CONDITION_KINDS } from './condition-kinds.js';
import {
  ThrottleRulesError,
  type Condition,
  type ConditionBuilder,
  type ConditionContext,
} from './condition.js';
import { toPythonStr } from './python-str.js';

const VALUE_FIELDS = ['key', 'default', 'lowercase'] as const;

/** Compiles one condition; `ruleKey` is the rule's key (`*` or an annotation name). */
export function compileCondition(
  spec: unknown,
  path: string,
  ruleKey: string,
  source: string,
): Condition {
  const fail: (message: string) => never = (message) => {
    throw new ThrottleRulesError(`${source}: ${path}: ${message}`);
  };
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    fail('a condition must be an object such as { equals: "x" }');
  }
  const fields = spec as Record<string, unknown>;
  const kindNames = Object.keys(fields).filter(
    (field) => !(VALUE_FIELDS as readonly string[]).includes(field),
  );
  if (kindNames.length !== 1) {
    fail(
      `a condition needs exactly one kind, found ${kindNames.length ? kindNames.join(', ') : 'none'}; kinds: ${[...CONDITION_KINDS.keys()].join(', ')}`,
    );
  }
  const kindName = kindNames[0]!;
  const kind = CONDITION_KINDS.get(kindName);
  if (!kind) {
    fail(`unknown condition kind "${kindName}"; kinds: ${[...CONDITION_KINDS.keys()].join(', ')}`);
  }
  const { key, default: defaultText, lowercase } = fields;
  if (!kind.readsAnnotation && VALUE_FIELDS.some((field) => field in fields)) {
    fail(`\`${kindName}\` reads no annotation, so it takes no key, default or lowercase`);
  }
  if (key !== undefined && (typeof key !== 'string' || key === '')) fail('`key` must be a name');
  if (defaultText !== undefined && typeof defaultText !== 'string') fail('`default` must be text');
  if (lowercase !== undefined && typeof lowercase !== 'boolean')
    fail('`lowercase` is true or false');
  const annotation = (key as string | undefined) ?? (ruleKey === '*' ? undefined : ruleKey);
  if (kind.readsAnnotation && annotation === undefined) {
    fail(`\`${kindName}\` needs a \`key\`, since the rule's key is "*"`);
  }

  const readValue = (context: ConditionContext): string => {
    const value = Object.hasOwn(context.annotations, annotation!)
      ? toPythonStr(context.annotations[annotation!]!)
      : ((defaultText as string | undefined) ?? '');
    return lowercase === true ? value.toLowerCase() : value;
  };
  const operand = fields[kindName];
  const kindPath = `${path}.${kindName}`;
  const failOperand: (message: string) => never = (message) => {
    throw new ThrottleRulesError(`${source}: ${kindPath}: ${message}`);
  };
  const builder: ConditionBuilder = {
    path: kindPath,
    operand,
    key: annotation,
    readValue,
    compileChild: (child, childPath) => compileCondition(child, childPath, ruleKey, source),
    operandString: () =>
      typeof operand === 'string' ? operand : failOperand(`\`${kindName}\` takes a string`),
    operandStrings: () => {
      const values = typeof operand === 'string' ? [operand] : operand;
      if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) {
        failOperand(`\`${kindName}\` takes a string or a list of strings`);
      }
      return values as string[];
    },
    operandNumber: () =>
      typeof operand === 'number' && Number.isFinite(operand)
        ? operand
        : failOperand(`\`${kindName}\` takes a number`),
    fail: failOperand,
  };
  return kind.build(builder);
}
