import { describe, expect, it } from 'vitest';
import { moduleUrlRewriteRule } from '../../src/rules/module-url-rewrite.js';
import { runRule } from '../fixtures/rule-harness.js';

const withModules = (modules: unknown[]) => ({ processedCrash: { json_dump: { modules } } });

describe('ModuleURLRewriteRule', () => {
  it('does not apply without modules', async () => {
    expect((await runRule(moduleUrlRewriteRule, withModules([]))).applied).toBe(false);
  });

  it('redacts localhost URLs with a note naming the module', async () => {
    const run = await runRule(
      moduleUrlRewriteRule,
      withModules([
        { filename: 'xul.dll', symbol_url: 'http://localhost:8000/xul.pdb/ABC/xul.sym' },
      ]),
    );
    expect(run.processedCrash.json_dump).toEqual({
      modules: [{ filename: 'xul.dll', symbol_url: null }],
    });
    expect(run.notes).toEqual(['Redacting symbol url for module xul.dll']);
  });

  it('drops the query string of symbols.mozilla.org URLs and keeps other URLs', async () => {
    const run = await runRule(
      moduleUrlRewriteRule,
      withModules([
        { filename: 'a', symbol_url: 'https://symbols.mozilla.org/a.pdb/1/a.sym?signature=secret' },
        { filename: 'b', symbol_url: 'https://symbols.example.com/b.sym?x=1' },
        { filename: 'c', symbol_url: null },
      ]),
    );
    expect(run.processedCrash.json_dump).toEqual({
      modules: [
        { filename: 'a', symbol_url: 'https://symbols.mozilla.org/a.pdb/1/a.sym' },
        { filename: 'b', symbol_url: 'https://symbols.example.com/b.sym?x=1' },
        { filename: 'c', symbol_url: null },
      ],
    });
    expect(run.notes).toEqual([]);
  });
});
