/**
 * Rule sets for vectors. Vectors name the reference's Python settings
 * (`antenna.throttler.ACCEPT_ALL`, `ALL_PRODUCTS`…) or carry a custom rule set whose
 * conditions are written as pseudo-code (`value == 'test'`); both are translated here into
 * Cairn's rule files and data, so the vectors exercise the shipped rules and vocabulary.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { BUILT_IN_RULE_SETS, compileThrottleRuleSet, type ThrottleRuleSet } from '@cairn/collector';

/** A reference rule as the vectors write it. */
export interface PseudoRule {
  readonly name: string;
  readonly key: string;
  readonly condition: string;
  readonly result: string | readonly [number, string, string];
}

/** The throttler settings of a vector, by the reference's setting names. */
export interface ThrottlerSettings {
  readonly RULES?: string;
  readonly PRODUCTS?: string;
  readonly PRODUCT_PACKAGENAMES?: string;
}

/** Cairn's `mozilla` rule file as plain data. */
export async function readMozillaRuleData(): Promise<Record<string, unknown>> {
  return parseYaml(await readFile(BUILT_IN_RULE_SETS.mozilla, 'utf8')) as Record<string, unknown>;
}

/** The rule set a vector's settings describe. */
export async function ruleSetForSettings(
  settings: ThrottlerSettings,
  customRules?: readonly PseudoRule[],
): Promise<ThrottleRuleSet> {
  const mozilla = await readMozillaRuleData();
  const ruleSetName = settings.RULES ?? 'antenna.throttler.MOZILLA_RULES';
  let rules: unknown;
  if (customRules) rules = customRules.map(translatePseudoRule);
  else if (ruleSetName === 'antenna.throttler.MOZILLA_RULES') rules = mozilla.rules;
  else if (ruleSetName === 'antenna.throttler.ACCEPT_ALL') {
    const acceptAll = parseYaml(await readFile(BUILT_IN_RULE_SETS['accept-all'], 'utf8')) as {
      rules: unknown;
    };
    rules = acceptAll.rules;
  } else throw new Error(`unknown rule set setting ${ruleSetName}`);
  return compileThrottleRuleSet(
    {
      rules,
      products: pickSetting(settings.PRODUCTS, 'PRODUCTS', mozilla.products, []),
      productPackageNames: pickSetting(
        settings.PRODUCT_PACKAGENAMES,
        'PRODUCT_PACKAGENAMES',
        mozilla.productPackageNames,
        {},
      ),
    },
    `vector settings ${JSON.stringify(settings)}`,
  );
}

function pickSetting(value: string | undefined, name: string, mozilla: unknown, all: unknown) {
  if (value === undefined || value === `antenna.throttler.MOZILLA_${name}`) return mozilla;
  if (value === `antenna.throttler.ALL_${name}`) return all;
  throw new Error(`unknown ${name} setting ${value}`);
}

/** Translates one pseudo-code rule into Cairn's rule format. */
export function translatePseudoRule(rule: PseudoRule): Record<string, unknown> {
  const result = Array.isArray(rule.result)
    ? { percent: rule.result[0], atOrBelow: rule.result[1], above: rule.result[2] }
    : rule.result;
  return { name: rule.name, key: rule.key, when: translateCondition(rule.condition), result };
}

const QUOTED = String.raw`'((?:[^'\\]|\\.)*)'`;

function translateCondition(condition: string): Record<string, unknown> {
  const text = condition.trim();
  let match: RegExpExecArray | null;
  if (/^(always|True|true)$/.test(text)) return { always: true };
  if (/^(never|False|false)$/.test(text)) return { not: { always: true } };
  if ((match = new RegExp(`^value == ${QUOTED}$`).exec(text))) return { equals: match[1] };
  if ((match = new RegExp(`^value != ${QUOTED}$`).exec(text))) {
    return { not: { equals: match[1] } };
  }
  if ((match = new RegExp(`^value\\.startswith\\(${QUOTED}\\)$`).exec(text))) {
    return { startsWith: match[1] };
  }
  if ((match = /^value in [({[](.*)[)}\]]$/.exec(text))) {
    const values = [...match[1]!.matchAll(new RegExp(QUOTED, 'g'))].map((item) => item[1]!);
    return { oneOf: values };
  }
  throw new Error(`no translation for the pseudo-code condition ${JSON.stringify(condition)}`);
}
