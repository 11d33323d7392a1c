import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ThrottleRulesError } from '../../src/throttle/condition.js';
import {
  BUILT_IN_RULE_SETS,
  loadThrottleRuleSet,
  parseThrottleRuleSet,
} from '../../src/throttle/load-rule-set.js';

let directory: string | undefined;
afterEach(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
  directory = undefined;
});

function errorOf(text: string): string {
  try {
    parseThrottleRuleSet(text, 'rules.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ThrottleRulesError);
    return (error as Error).message;
  }
  return 'loaded';
}

describe('loadThrottleRuleSet', () => {
  it.each(Object.keys(BUILT_IN_RULE_SETS))('loads the built-in rule set %s', async (name) => {
    const ruleSet = await loadThrottleRuleSet(name);
    expect(ruleSet.rules.at(-1)?.name).toBe('accept_everything');
  });

  it('loads the mozilla rules in the reference order with its product lists', async () => {
    const ruleSet = await loadThrottleRuleSet('mozilla');
    expect(ruleSet.rules.map((rule) => rule.name)).toEqual([
      'has_old_buildid',
      'has_hangid_and_browser',
      'infobar_is_true',
      'b2g',
      'unsupported_product',
      'unsupported_packagename',
      'throttleable_0',
      'has_comments',
      'has_phc',
      'is_background',
      'is_shutdownkill',
      'is_firefox_esr_unsupported_windows',
      'is_alpha_beta_esr',
      'is_nightly',
      'is_firefox_desktop',
      'accept_everything',
    ]);
    expect(ruleSet.products).toContain('Firefox Enterprise');
    expect(ruleSet.productPackageNames.Focus).toContain('org.mozilla.klar');
  });

  it('reads JSON rule files as well as YAML ones', async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'cairn-rules-'));
    const file = path.join(directory, 'rules.json');
    await writeFile(file, JSON.stringify({ rules: [{ name: 'drop_all', result: 'REJECT' }] }));
    const ruleSet = await loadThrottleRuleSet(file);
    expect(ruleSet.rules.map((rule) => [rule.name, rule.outcome])).toEqual([
      ['drop_all', { kind: 'fixed', result: 'REJECT' }],
    ]);
  });

  it('names the setting and the built-in names when a file cannot be read', async () => {
    await expect(loadThrottleRuleSet('/nonexistent/rules.yaml')).rejects.toThrow(
      /cannot read throttle rules "\/nonexistent\/rules.yaml": .*; use a file path or one of accept-all, mozilla/,
    );
  });
});

describe('parseThrottleRuleSet', () => {
  it.each([
    ['rules: [', /^rules\.yaml: not valid JSON or YAML: /],
    ['[]', /^rules\.yaml: a rule file is an object with a `rules` list$/],
    ['rules: []', /^rules\.yaml: `rules` must be a non-empty list$/],
    ['rulez: []', /^rules\.yaml: unknown field rulez; fields: description, products/],
    ['products: Firefox\nrules: [{name: a, result: ACCEPT}]', /`products` must be a list/],
    [
      'rules: [{name: "a b", result: ACCEPT}]',
      /rules\[0\]: `name` must be letters, digits and underscores/,
    ],
    [
      'rules: [{name: a, result: KEEP}]',
      /rules\[0\] \(a\): `result` must be one of ACCEPT, DEFER, REJECT, FAKEACCEPT/,
    ],
    [
      'rules: [{name: a, result: {percent: 10, atOrBelow: MAYBE, above: REJECT}}]',
      /a sampled outcome must be one of ACCEPT, DEFER, REJECT, FAKEACCEPT, CONTINUE/,
    ],
    [
      'rules: [{name: a, result: {percent: 101, atOrBelow: ACCEPT, above: REJECT}}]',
      /percent: 0-100/,
    ],
    ['rules: [{name: a, result: ACCEPT}, {name: a, result: REJECT}]', /two rules are named "a"/],
    [
      'rules: [{name: a, when: {equals: x}, result: ACCEPT}]',
      /needs a `key`, since the rule's key is "\*"/,
    ],
    [
      'rules: [{name: a, when: {always: true, never: true}, result: ACCEPT}]',
      /exactly one kind, found always, never/,
    ],
    [
      'rules: [{name: a, when: {unsupportedProduct: true, key: X}, result: ACCEPT}]',
      /reads no annotation/,
    ],
  ])('explains %j', (text, message) => {
    expect(errorOf(text)).toMatch(message);
  });
});
