import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProcessorRulesMarkdown } from '../src/rules-doc.js';
import { RULESETS } from '../src/rulesets.js';

describe('formatProcessorRulesMarkdown', () => {
  it('lists every rule in order with its description and the rule sets that run it', () => {
    const page = formatProcessorRulesMarkdown();
    const positions = RULESETS.mozilla.rules.map((rule) => page.indexOf(`**${rule.name}**`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const rule of RULESETS.mozilla.rules) expect(page).toContain(rule.description);
    expect(page).toContain('| **BetaVersionRule** | mozilla |');
    expect(page).toContain('| **OSInfoRule** | default, mozilla |');
  });

  it('is what docs/processor-rules.md holds (regenerate with `cairn processor rules`)', async () => {
    const committed = await readFile(
      path.join(import.meta.dirname, '../../docs/processor-rules.md'),
      'utf8',
    );
    expect(committed).toBe(formatProcessorRulesMarkdown());
  });
});
