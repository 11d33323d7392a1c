import { describe, expect, it } from 'vitest';
import { resolveRuleSet, RULESETS } from '../src/rulesets.js';

/** The reference's default rule set, in order (research/socorro-processor.md §1.2). */
const REFERENCE_ORDER = [
  'DeNullRule',
  'DeNoneRule',
  'CrashReportKeysRule',
  'CollectorMetadataRule',
  'ConvertModuleSignatureInfoRule',
  'CopyFromRawCrashRule',
  'FenixVersionRewriteRule',
  'ESRVersionRewrite',
  'SubmittedFromRule',
  'IdentifierRule',
  'MinidumpSha256HashRule',
  'MinidumpStackwalkRule',
  'ModuleURLRewriteRule',
  'CrashingThreadInfoRule',
  'TruncateStacksRule',
  'PossibleBitFlipsRule',
  'CrashInconsistenciesRule',
  'HasGuardPageAccessRule',
  'MajorVersionRule',
  'PluginRule',
  'ProcessTypeRule',
  'AccessibilityRule',
  'AddonsRule',
  'DatesAndTimesRule',
  'OutOfMemoryBinaryRule',
  'PHCRule',
  'BreadcrumbsRule',
  'JavaStackTraceRule',
  'MacBootArgsRule',
  'MacCrashInfoRule',
  'MozCrashReasonRule',
  'UtilityActorsNameRule',
  'ReportTypeRule',
  'CPUInfoRule',
  'AndroidCPUInfoRule',
  'DistributionIdRule',
  'OSInfoRule',
  'AndroidOSInfoRule',
  'PlatformInfoRule',
  'BetaVersionRule',
  'OSPrettyVersionRule',
  'TopMostFilesRule',
  'ModulesInStackRule',
  'MissingSymbolsRule',
  'ThemePrettyNameRule',
  'MemoryReportExtraction',
  'SoftErrorsRule',
  'ThreadCountRule',
  'SignatureGeneratorRule',
  'ShutDownHangCrashingThreadRule',
];

describe('rule sets', () => {
  it("mozilla is the reference's default rule set: all 50 rules in its order", () => {
    expect(RULESETS.mozilla.rules.map((rule) => rule.name)).toEqual(REFERENCE_ORDER);
  });

  it('default keeps the generic rules in the same order and leaves the Mozilla-only ones out', () => {
    const names = RULESETS.default.rules.map((rule) => rule.name);
    expect(names).toEqual(REFERENCE_ORDER.filter((name) => names.includes(name)));
    for (const mozillaOnly of [
      'BetaVersionRule',
      'AddonsRule',
      'ThemePrettyNameRule',
      'MemoryReportExtraction',
      'FenixVersionRewriteRule',
      'ESRVersionRewrite',
    ]) {
      expect(names).not.toContain(mozillaOnly);
    }
    for (const generic of [
      'MinidumpStackwalkRule',
      'DatesAndTimesRule',
      'OSPrettyVersionRule',
      'SignatureGeneratorRule',
    ]) {
      expect(names).toContain(generic);
    }
  });

  it('regenerate_signature only regenerates the signature', () => {
    expect(RULESETS.regenerate_signature.rules.map((rule) => rule.name)).toEqual([
      'SignatureGeneratorRule',
    ]);
  });

  it('every rule has a name, a description and the keys it writes', () => {
    for (const rule of RULESETS.mozilla.rules) {
      expect(rule.description.length, rule.name).toBeGreaterThan(20);
      expect(Array.isArray(rule.writes), rule.name).toBe(true);
    }
  });

  it.each([
    [undefined, 'default', 'default'],
    [undefined, 'mozilla', 'mozilla'],
    ['default', 'mozilla', 'mozilla'],
    ['regenerate_signature', 'default', 'regenerate_signature'],
    ['mozilla', 'default', 'mozilla'],
  ] as const)(
    'a work item asking for %s with %s configured runs %s',
    (requested, configured, name) => {
      expect(resolveRuleSet(requested, configured)?.name).toBe(name);
    },
  );

  it('knows no rule set by another name', () => {
    expect(resolveRuleSet('toString', 'default')).toBeUndefined();
    expect(resolveRuleSet('nope', 'default')).toBeUndefined();
  });
});
