import { describe, expect, it } from 'vitest';
import { pluginRule } from '../../src/rules/plugin.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('PluginRule', () => {
  it('applies to plugin processes only', async () => {
    expect((await runRule(pluginRule, { rawCrash: { ProcessType: 'content' } })).applied).toBe(
      false,
    );
  });

  it('copies the plugin annotations, empty when absent', async () => {
    const run = await runRule(pluginRule, {
      rawCrash: { ProcessType: 'plugin', PluginFilename: 'NPSWF32.dll', PluginName: 'Flash' },
    });
    expect(run.processedCrash).toEqual({
      plugin_filename: 'NPSWF32.dll',
      plugin_name: 'Flash',
      plugin_version: '',
    });
  });
});
