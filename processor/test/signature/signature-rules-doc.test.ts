import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_PIPELINE } from '../../src/signature/signature-pipeline.js';
import { formatSignatureRulesMarkdown } from '../../src/signature/signature-rules-doc.js';

describe('formatSignatureRulesMarkdown', () => {
  it('lists every rule in pipeline order with its description', () => {
    const page = formatSignatureRulesMarkdown();
    const positions = SIGNATURE_PIPELINE.map((rule) =>
      page.indexOf(`**${rule.name}**: ${rule.description}`),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('is what docs/signature-generation.md holds (regenerate with `cairn signature --rules`)', async () => {
    const committed = await readFile(
      path.join(import.meta.dirname, '../../../docs/signature-generation.md'),
      'utf8',
    );
    expect(committed).toBe(formatSignatureRulesMarkdown());
  });
});
