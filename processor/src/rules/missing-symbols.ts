/** MissingSymbolsRule: modules whose symbols could not be found. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonStr } from '../signature/python/python-values.js';
import { isJsonObject, readList } from '../values/json-object.js';

const BAD_FILENAME_CHARACTERS = /[^a-zA-Z0-9_.-]/g;
const BAD_HEX_ID_CHARACTERS = /[^a-fA-F0-9]/g;
const NULL_DEBUG_ID = '0'.repeat(33);

/**
 * Reads `json_dump.modules`; writes `missing_symbols`: the sorted
 * `<filename>/<version>/<debug id>[/<code id>]` of every module the stack walker found no
 * symbol file for, joined by `;` (version `None` when empty, with `/` escaped; filenames and
 * ids cleaned as in modules_in_stack), so symbol uploads can be chased. Nothing is written when
 * no symbols are missing. §1.2 rule 44.
 */
export const missingSymbolsRule: ProcessorRule = {
  name: 'MissingSymbolsRule',
  description:
    'Writes missing_symbols: the sorted "filename/version/debugid[/codeid]" of modules without symbols, joined by ";".',
  writes: ['missing_symbols'],
  predicate: ({ processedCrash }) => readList(processedCrash, 'json_dump.modules').length > 0,
  action({ processedCrash }) {
    const missing = readList(processedCrash, 'json_dump.modules')
      .filter(
        (module) =>
          isJsonObject(module) && Boolean(module.filename) && module.missing_symbols === true,
      )
      .map((module) => formatModule(module as Record<string, unknown>));
    if (missing.length > 0) processedCrash.missing_symbols = missing.sort().join(';');
  },
};

function formatModule(module: Record<string, unknown>): string {
  const filename = pythonStr(module.filename).replace(BAD_FILENAME_CHARACTERS, '');
  const version = (module.version ? pythonStr(module.version) : 'None').replaceAll('/', '\\/');
  const debugId = pythonStr(module.debug_id ?? NULL_DEBUG_ID).replace(BAD_HEX_ID_CHARACTERS, '');
  const codeId = module.code_id ? pythonStr(module.code_id).replace(BAD_HEX_ID_CHARACTERS, '') : '';
  return codeId
    ? `${filename}/${version}/${debugId}/${codeId}`
    : `${filename}/${version}/${debugId}`;
}
