import { describe, expect, it } from 'vitest';
import { missingSymbolsRule } from '../../src/rules/missing-symbols.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('MissingSymbolsRule', () => {
  it('lists modules without symbols, sorted, with version and code id', async () => {
    const run = await runRule(missingSymbolsRule, {
      processedCrash: {
        json_dump: {
          modules: [
            {
              filename: 'xul.dll',
              version: '121.0/1',
              debug_id: 'AB-CD',
              code_id: '5f00-aa',
              missing_symbols: true,
            },
            { filename: 'libc.so', version: '', debug_id: '00FF', missing_symbols: true },
            { filename: 'ok.dll', debug_id: '11', missing_symbols: false },
            { debug_id: '22', missing_symbols: true },
          ],
        },
      },
    });
    expect(run.processedCrash.missing_symbols).toBe(
      'libc.so/None/00FF;xul.dll/121.0\\/1/ABCD/5f00aa',
    );
  });

  it('writes nothing when every module has symbols', async () => {
    const run = await runRule(missingSymbolsRule, {
      processedCrash: { json_dump: { modules: [{ filename: 'a', missing_symbols: false }] } },
    });
    expect(run.processedCrash).not.toHaveProperty('missing_symbols');
  });
});
