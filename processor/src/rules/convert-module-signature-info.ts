/** ConvertModuleSignatureInfoRule: keeps ModuleSignatureInfo a JSON string. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads and rewrites the raw crash's `ModuleSignatureInfo`: when it arrived as an object (old
 * Firefox versions appended it to JSON annotations), re-encodes it as JSON text, the form the
 * stack walker's side channel reads. Bug 1607806, §1.2 rule 5.
 */
export const convertModuleSignatureInfoRule: ProcessorRule = {
  name: 'ConvertModuleSignatureInfoRule',
  description:
    'Re-encodes a ModuleSignatureInfo annotation that arrived as an object as JSON text.',
  writes: [],
  predicate: ({ rawCrash }) =>
    'ModuleSignatureInfo' in rawCrash && typeof rawCrash.ModuleSignatureInfo !== 'string',
  action({ rawCrash }) {
    rawCrash.ModuleSignatureInfo = JSON.stringify(rawCrash.ModuleSignatureInfo);
  },
};
