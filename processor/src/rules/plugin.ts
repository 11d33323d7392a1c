/** PluginRule: the plugin of a plugin-process crash. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads `ProcessType`, `PluginFilename`, `PluginName`, `PluginVersion`; for crashes of a
 * `plugin` process writes `plugin_filename`, `plugin_name`, `plugin_version` (empty when
 * absent), which identify the NPAPI plugin (Flash, in practice) that crashed. §1.2 rule 20.
 */
export const pluginRule: ProcessorRule = {
  name: 'PluginRule',
  description:
    'For plugin-process crashes, writes plugin_filename, plugin_name and plugin_version.',
  writes: ['plugin_filename', 'plugin_name', 'plugin_version'],
  predicate: ({ rawCrash }) => rawCrash.ProcessType === 'plugin',
  action({ rawCrash, processedCrash }) {
    processedCrash.plugin_filename = rawCrash.PluginFilename ?? '';
    processedCrash.plugin_name = rawCrash.PluginName ?? '';
    processedCrash.plugin_version = rawCrash.PluginVersion ?? '';
  },
};
