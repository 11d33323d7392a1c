import { describe, expect, it } from 'vitest';
import { convertModuleSignatureInfoRule } from '../../src/rules/convert-module-signature-info.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('ConvertModuleSignatureInfoRule', () => {
  it.each([
    ['absent', {}],
    ['already text', { ModuleSignatureInfo: '{"a": 1}' }],
  ])('does not apply when the annotation is %s', async (_case, rawCrash) => {
    expect((await runRule(convertModuleSignatureInfoRule, { rawCrash })).applied).toBe(false);
  });

  it('re-encodes an object as JSON text', async () => {
    const info = { 'Microsoft Corporation': ['kernel32.dll', 'ntdll.dll'] };
    const run = await runRule(convertModuleSignatureInfoRule, {
      rawCrash: { ModuleSignatureInfo: info },
    });
    expect(typeof run.rawCrash.ModuleSignatureInfo).toBe('string');
    expect(JSON.parse(run.rawCrash.ModuleSignatureInfo as string)).toEqual(info);
  });
});
