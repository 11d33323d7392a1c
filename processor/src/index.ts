/** @cairn/processor: the crash processor. */
export {
  startProcessorWorker,
  type ProcessorDependencies,
  type ProcessorWorker,
} from './processor-worker.js';
export { processCrash } from './process-crash.js';
export { generateSignature, type GeneratedSignature } from './signature/generate-signature.js';
export {
  buildSignatureCrashData,
  type SignatureCrashData,
} from './signature/signature-crash-data.js';
export {
  DEFAULT_SIGLISTS_DIR,
  loadSignatureLists,
} from './signature/lists/load-signature-lists.js';
export {
  createSignatureLists,
  SIGNATURE_LIST_FILES,
  SignatureListError,
  type SignatureListLines,
  type SignatureListPattern,
  type SignatureLists,
  type SignatureSentinel,
} from './signature/lists/signature-lists.js';
export { SIGNATURE_PIPELINE } from './signature/signature-pipeline.js';
export { formatSignatureRulesMarkdown } from './signature/signature-rules-doc.js';
export type { SignatureRule, SignatureRuleContext } from './signature/signature-rule.js';
