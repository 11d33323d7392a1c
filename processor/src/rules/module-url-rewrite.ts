/** ModuleURLRewriteRule: cleans symbol file URLs. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStr } from '../signature/python/python-values.js';
import { isJsonObject, readList } from '../values/json-object.js';

/**
 * Reads `json_dump.modules[].symbol_url` (where each symbol file came from); a localhost URL
 * is private to the processor's machine and becomes null with the note `Redacting symbol url
 * for module <name>`; a symbols.mozilla.org URL loses its query string (signed download
 * parameters). §1.2 rule 13.
 */
export const moduleUrlRewriteRule: ProcessorRule = {
  name: 'ModuleURLRewriteRule',
  description:
    'Removes localhost symbol URLs from json_dump.modules (with a note) and the query string of symbols.mozilla.org URLs.',
  writes: ['json_dump'],
  predicate: ({ processedCrash }) => readList(processedCrash, 'json_dump.modules').length > 0,
  action({ processedCrash, notes, jsonTexts }) {
    for (const module of readList(processedCrash, 'json_dump.modules')) {
      if (!isJsonObject(module) || typeof module.symbol_url !== 'string' || !module.symbol_url) {
        continue;
      }
      let url: URL;
      try {
        url = new URL(module.symbol_url);
      } catch {
        continue;
      }
      if (url.host.includes('localhost')) {
        jsonTexts.delete(processedCrash.json_dump as object);
        module.symbol_url = null;
        const name = module.filename ?? module.debug_file ?? 'unknown';
        notes.add(`Redacting symbol url for module ${pythonStr(name)}`);
      } else if (url.host.includes('symbols.mozilla.org')) {
        url.search = '';
        jsonTexts.delete(processedCrash.json_dump as object);
        module.symbol_url = url.toString();
      }
    }
  },
};
