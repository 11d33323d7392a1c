/**
 * Reading throttle rule files (JSON or YAML; YAML is a superset of JSON, so one parser reads
 * both). Built-in rule sets ship in collector/rules/: `accept-all` and `mozilla` (the
 * reference's production table in Cairn's format). Every mistake is reported with the file,
 * the place in it and what is allowed, and nothing is half-loaded.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { compileCondition } from './compile-condition.js';
import { ThrottleRulesError } from './condition.js';
import {
  THROTTLE_RESULTS,
  type RuleOutcome,
  type SampledOutcome,
  type ThrottleResult,
  type ThrottleRule,
  type ThrottleRuleSet,
} from './rule-set.js';

/** The rule sets that ship with Cairn, by the name CAIRN_THROTTLE_RULES accepts. */
export const BUILT_IN_RULE_SETS = {
  'accept-all': fileURLToPath(new URL('../../rules/accept-all.yaml', import.meta.url)),
  mozilla: fileURLToPath(new URL('../../rules/mozilla.yaml', import.meta.url)),
} as const;

const RULE_NAME = /^[a-z0-9_]+$/i;
const TOP_LEVEL_FIELDS = ['description', 'products', 'productPackageNames', 'rules'];
const RULE_FIELDS = ['name', 'description', 'key', 'when', 'result'];

/** Loads a built-in rule set by name, or a rule file by path. */
export async function loadThrottleRuleSet(nameOrFile: string): Promise<ThrottleRuleSet> {
  const file = Object.hasOwn(BUILT_IN_RULE_SETS, nameOrFile)
    ? BUILT_IN_RULE_SETS[nameOrFile as keyof typeof BUILT_IN_RULE_SETS]
    : nameOrFile;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ThrottleRulesError(
      `cannot read throttle rules ${JSON.stringify(nameOrFile)}: ${(error as Error).message}; use a file path or one of ${Object.keys(BUILT_IN_RULE_SETS).join(', ')}`,
    );
  }
  return parseThrottleRuleSet(text, file);
}

/** Parses and compiles a rule file's text; `source` names it in messages. */
export function parseThrottleRuleSet(text: string, source: string): ThrottleRuleSet {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new ThrottleRulesError(`${source}: not valid JSON or YAML: ${(error as Error).message}`);
  }
  return compileThrottleRuleSet(data, source);
}

/** Compiles a rule set already read into plain data. */
export function compileThrottleRuleSet(data: unknown, source: string): ThrottleRuleSet {
  const fail: (message: string) => never = (message) => {
    throw new ThrottleRulesError(`${source}: ${message}`);
  };
  if (!isRecord(data)) return fail('a rule file is an object with a `rules` list');
  const unknownFields = Object.keys(data).filter((field) => !TOP_LEVEL_FIELDS.includes(field));
  if (unknownFields.length > 0) {
    fail(`unknown field ${unknownFields.join(', ')}; fields: ${TOP_LEVEL_FIELDS.join(', ')}`);
  }
  const products = data.products ?? [];
  if (!isStringList(products)) fail('`products` must be a list of product names');
  const packageNames = data.productPackageNames ?? {};
  if (!isRecord(packageNames) || !Object.values(packageNames).every(isStringList)) {
    fail('`productPackageNames` maps product names to lists of Android package names');
  }
  if (!Array.isArray(data.rules) || data.rules.length === 0)
    fail('`rules` must be a non-empty list');
  const rules = (data.rules as unknown[]).map((rule, index) =>
    compileRule(rule, `rules[${index}]`, source),
  );
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.name)) fail(`two rules are named ${JSON.stringify(rule.name)}`);
    seen.add(rule.name);
  }
  return {
    source,
    products: products as string[],
    productPackageNames: packageNames as Record<string, string[]>,
    rules,
  };
}

function compileRule(spec: unknown, path: string, source: string): ThrottleRule {
  const fail: (message: string) => never = (message) => {
    throw new ThrottleRulesError(`${source}: ${path}: ${message}`);
  };
  if (!isRecord(spec)) return fail('a rule is an object with `name`, `when` and `result`');
  const unknownFields = Object.keys(spec).filter((field) => !RULE_FIELDS.includes(field));
  if (unknownFields.length > 0) {
    fail(`unknown field ${unknownFields.join(', ')}; fields: ${RULE_FIELDS.join(', ')}`);
  }
  const { name, key = '*', when = { always: true }, result } = spec;
  if (typeof name !== 'string' || !RULE_NAME.test(name)) {
    fail('`name` must be letters, digits and underscores');
  }
  if (typeof key !== 'string' || key === '') fail('`key` must be "*" or an annotation name');
  const label = `${path} (${name as string})`;
  return {
    name: name as string,
    key: key as string,
    condition: compileCondition(when, `${label}.when`, key as string, source),
    outcome: compileOutcome(result, (message) => fail(`${label}: ${message}`)),
  };
}

function compileOutcome(spec: unknown, fail: (message: string) => never): RuleOutcome {
  const results = THROTTLE_RESULTS.join(', ');
  if (typeof spec === 'string') {
    if (!(THROTTLE_RESULTS as readonly string[]).includes(spec)) {
      fail(`\`result\` must be one of ${results}, or a sample`);
    }
    return { kind: 'fixed', result: spec as ThrottleResult };
  }
  if (!isRecord(spec)) return fail(`\`result\` must be one of ${results}, or a sample`);
  const { percent, atOrBelow, above, ...rest } = spec;
  const outcomes = [...THROTTLE_RESULTS, 'CONTINUE'];
  if (Object.keys(rest).length > 0 || typeof percent !== 'number' || percent < 0 || percent > 100) {
    fail('a sampled `result` is { percent: 0-100, atOrBelow: OUTCOME, above: OUTCOME }');
  }
  for (const outcome of [atOrBelow, above]) {
    if (typeof outcome !== 'string' || !outcomes.includes(outcome)) {
      fail(`a sampled outcome must be one of ${outcomes.join(', ')}`);
    }
  }
  return {
    kind: 'sampled',
    percent: percent as number,
    atOrBelow: atOrBelow as SampledOutcome,
    above: above as SampledOutcome,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
