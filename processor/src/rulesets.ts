/**
 * The rule sets, in order (research/socorro-processor.md §1.2). `mozilla` is the reference's
 * default rule set; Cairn's `default` keeps the rules that apply to any Breakpad or Crashpad
 * crash and leaves out the Mozilla-only ones (Firefox annotations, Mozilla's build and
 * telemetry conventions). CAIRN_PROCESSOR_RULESET chooses which one a work item without a rule
 * set (or with `:default`) runs. `regenerate_signature` recomputes only the signature from the
 * stored processed crash.
 */
import type { ProcessorRule } from './pipeline/processor-rule.js';
import { accessibilityRule } from './rules/accessibility.js';
import { addonsRule } from './rules/addons.js';
import { androidCpuInfoRule } from './rules/android-cpu-info.js';
import { androidOsInfoRule } from './rules/android-os-info.js';
import { betaVersionRule } from './rules/beta-version.js';
import { breadcrumbsRule } from './rules/breadcrumbs.js';
import { collectorMetadataRule } from './rules/collector-metadata.js';
import { convertModuleSignatureInfoRule } from './rules/convert-module-signature-info.js';
import { copyFromRawCrashRule } from './rules/copy-from-raw-crash.js';
import { cpuInfoRule } from './rules/cpu-info.js';
import { crashInconsistenciesRule } from './rules/crash-inconsistencies.js';
import { crashReportKeysRule } from './rules/crash-report-keys.js';
import { crashingThreadInfoRule } from './rules/crashing-thread-info.js';
import { datesAndTimesRule } from './rules/dates-and-times.js';
import { deNoneRule } from './rules/de-none.js';
import { deNullRule } from './rules/de-null.js';
import { distributionIdRule } from './rules/distribution-id.js';
import { esrVersionRewriteRule } from './rules/esr-version-rewrite.js';
import { fenixVersionRewriteRule } from './rules/fenix-version-rewrite.js';
import { hasGuardPageAccessRule } from './rules/has-guard-page-access.js';
import { identifierRule } from './rules/identifier.js';
import { javaStackTraceRule } from './rules/java-stack-trace.js';
import { macBootArgsRule } from './rules/mac-boot-args.js';
import { macCrashInfoRule } from './rules/mac-crash-info.js';
import { majorVersionRule } from './rules/major-version.js';
import { memoryReportExtractionRule } from './rules/memory-report-extraction.js';
import { minidumpSha256HashRule } from './rules/minidump-sha256-hash.js';
import { minidumpStackwalkRule } from './rules/minidump-stackwalk.js';
import { missingSymbolsRule } from './rules/missing-symbols.js';
import { moduleUrlRewriteRule } from './rules/module-url-rewrite.js';
import { modulesInStackRule } from './rules/modules-in-stack.js';
import { mozCrashReasonRule } from './rules/moz-crash-reason.js';
import { osInfoRule } from './rules/os-info.js';
import { osPrettyVersionRule } from './rules/os-pretty-version.js';
import { outOfMemoryBinaryRule } from './rules/out-of-memory-binary.js';
import { phcRule } from './rules/phc.js';
import { platformInfoRule } from './rules/platform-info.js';
import { pluginRule } from './rules/plugin.js';
import { possibleBitFlipsRule } from './rules/possible-bit-flips.js';
import { processTypeRule } from './rules/process-type.js';
import { reportTypeRule } from './rules/report-type.js';
import { shutDownHangCrashingThreadRule } from './rules/shutdown-hang-crashing-thread.js';
import { signatureGeneratorRule } from './rules/signature-generator.js';
import { softErrorsRule } from './rules/soft-errors.js';
import { submittedFromRule } from './rules/submitted-from.js';
import { themePrettyNameRule } from './rules/theme-pretty-name.js';
import { threadCountRule } from './rules/thread-count.js';
import { topMostFilesRule } from './rules/top-most-files.js';
import { truncateStacksRule } from './rules/truncate-stacks.js';
import { utilityActorsNameRule } from './rules/utility-actors-name.js';

/** A named, ordered list of rules. */
export interface RuleSet {
  readonly name: string;
  readonly rules: readonly ProcessorRule[];
}

/** The names a work item or CAIRN_PROCESSOR_RULESET may give. */
export type RuleSetName = 'default' | 'mozilla' | 'regenerate_signature';

/** Every rule of the reference's default rule set, in its order. */
const MOZILLA_RULES: readonly ProcessorRule[] = Object.freeze([
  // Clean the raw crash first: every later rule reads it.
  deNullRule,
  deNoneRule,
  crashReportKeysRule,
  collectorMetadataRule,
  convertModuleSignatureInfoRule,
  copyFromRawCrashRule,
  // The version rewrites read the product, version and channel the copy rule wrote.
  fenixVersionRewriteRule,
  esrVersionRewriteRule,
  submittedFromRule,
  identifierRule,
  minidumpSha256HashRule,
  minidumpStackwalkRule,
  // Everything below that reads json_dump must run after the stack walk.
  moduleUrlRewriteRule,
  crashingThreadInfoRule,
  truncateStacksRule,
  possibleBitFlipsRule,
  crashInconsistenciesRule,
  hasGuardPageAccessRule,
  majorVersionRule,
  pluginRule,
  processTypeRule,
  accessibilityRule,
  addonsRule,
  // Reads startup_time, which the copy rule wrote.
  datesAndTimesRule,
  outOfMemoryBinaryRule,
  phcRule,
  breadcrumbsRule,
  javaStackTraceRule,
  macBootArgsRule,
  macCrashInfoRule,
  mozCrashReasonRule,
  utilityActorsNameRule,
  reportTypeRule,
  cpuInfoRule,
  // The Android and platform fallbacks only fill what the CPU and OS rules left unknown.
  androidCpuInfoRule,
  distributionIdRule,
  osInfoRule,
  androidOsInfoRule,
  platformInfoRule,
  betaVersionRule,
  // Needs os_name and os_version from the OS rules above.
  osPrettyVersionRule,
  topMostFilesRule,
  modulesInStackRule,
  missingSymbolsRule,
  // Needs the addons list from AddonsRule.
  themePrettyNameRule,
  // Needs memory_report (OutOfMemoryBinaryRule) and json_dump.pid.
  memoryReportExtractionRule,
  softErrorsRule,
  threadCountRule,
  // The signature reads what all the rules above produced.
  signatureGeneratorRule,
  // Needs the signature.
  shutDownHangCrashingThreadRule,
]);

/** Rules that only make sense for Mozilla's products and infrastructure. */
const MOZILLA_ONLY_RULES: ReadonlySet<ProcessorRule> = new Set([
  convertModuleSignatureInfoRule,
  fenixVersionRewriteRule,
  esrVersionRewriteRule,
  submittedFromRule,
  pluginRule,
  accessibilityRule,
  addonsRule,
  outOfMemoryBinaryRule,
  phcRule,
  mozCrashReasonRule,
  utilityActorsNameRule,
  reportTypeRule,
  distributionIdRule,
  betaVersionRule,
  themePrettyNameRule,
  memoryReportExtractionRule,
]);

/** The rule sets by name. */
export const RULESETS: Readonly<Record<RuleSetName, RuleSet>> = Object.freeze({
  default: {
    name: 'default',
    rules: Object.freeze(MOZILLA_RULES.filter((rule) => !MOZILLA_ONLY_RULES.has(rule))),
  },
  mozilla: { name: 'mozilla', rules: MOZILLA_RULES },
  regenerate_signature: {
    name: 'regenerate_signature',
    rules: Object.freeze([signatureGeneratorRule]),
  },
});

/**
 * The rule set a work item asks for: none or `default` means the configured main rule set
 * (`default` or `mozilla`); undefined for a name no rule set has.
 */
export function resolveRuleSet(
  requested: string | undefined,
  configured: 'default' | 'mozilla',
): RuleSet | undefined {
  if (requested === undefined || requested === 'default') return RULESETS[configured];
  return Object.hasOwn(RULESETS, requested) ? RULESETS[requested as RuleSetName] : undefined;
}
