/** @cairn/processor: the crash processor. See processor/README.md for the map. */
export {
  processorConcurrency,
  startProcessorService,
  type ProcessorService,
  type ProcessorServiceOptions,
} from './service/start-processor-service.js';
export {
  startProcessorWorker,
  type ProcessorDependencies,
  type ProcessorSettings,
  type ProcessorWorker,
} from './worker/processor-worker.js';
export {
  createDeadLetterStore,
  type DeadLetter,
  type DeadLetterReason,
  type DeadLetterStore,
} from './worker/dead-letters.js';
export { runRuleSet, type RuleSetInput } from './pipeline/run-rule-set.js';
export type { ProcessorRule, RuleContext, RuleServices } from './pipeline/processor-rule.js';
export {
  createProductVersionLookup,
  NO_PRODUCT_VERSIONS,
  type ProductVersionLookup,
} from './pipeline/product-version-lookup.js';
export { RULESETS, resolveRuleSet, type RuleSet, type RuleSetName } from './rulesets.js';
export { formatProcessorRulesMarkdown } from './rules-doc.js';
export { buildTelemetryCrash } from './telemetry/build-telemetry-crash.js';
export {
  createInThreadStackWalker,
  STACKWALK_VERSION,
} from './stackwalk/in-thread-stack-walker.js';
export { createThreadPoolStackWalker } from './stackwalk/thread-pool-stack-walker.js';
export type { StackWalker, StackwalkOutcome } from './stackwalk/stack-walker.js';
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
