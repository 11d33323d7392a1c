/**
 * Processes one crash: loads the raw crash, its dumps and the processed crash from an earlier
 * pass (reprocessing starts from it, as the reference's does), runs the rule set, then saves to
 * every destination: crash storage first, then the search index and the Telemetry export side
 * by side. Each dependency call goes through the outage guard. Throws when the crash cannot be
 * processed; the caller decides between another try and a dead letter.
 */
import {
  hasErrorCode,
  MAIN_DUMP_NAME,
  type Clock,
  type CrashStorage,
  type Logger,
  type TelemetryStorage,
} from '@cairn/core';
import type { RuleServices } from '../pipeline/processor-rule.js';
import { runRuleSet } from '../pipeline/run-rule-set.js';
import type { RuleSet } from '../rulesets.js';
import { buildTelemetryCrash } from '../telemetry/build-telemetry-crash.js';
import { isJsonObject, type JsonObject } from '../values/json-object.js';
import { parseIsoTimestampSeconds } from '../values/python-dates.js';
import { stringifyWithKnownTexts } from '../values/stringify-with-known-texts.js';
import type { IndexBatcher } from './index-batcher.js';
import type { OutageGuard } from './outage-guard.js';
import type { ProcessorMetrics } from './processor-metrics.js';

/** What processing one crash needs. */
export interface CrashProcessingContext {
  readonly storage: CrashStorage;
  /** Indexes a processed crash (in batches with the crashes finishing at the same time). */
  readonly indexCrash: IndexBatcher;
  /** The Telemetry export; none when it is off. */
  readonly telemetry?: TelemetryStorage;
  readonly services: RuleServices;
  readonly guard: OutageGuard;
  readonly metrics: ProcessorMetrics;
  readonly clock: Clock;
  readonly hostname: string;
  readonly crashTimeoutMs: number;
  /** The main rule set, used when `regenerate_signature` finds no processed crash. */
  readonly mainRuleSet: RuleSet;
}

/** How processing ended when it did not throw. */
export type CrashProcessingResult =
  | { readonly kind: 'processed'; readonly ruleset: string; readonly signature: unknown }
  /** The raw crash is not in storage: nothing to process. */
  | { readonly kind: 'raw_crash_missing' };

/** Processes crash `crashId` with `ruleSet`. */
export async function processCrash(
  context: CrashProcessingContext,
  crashId: string,
  requestedRuleSet: RuleSet,
  logger: Logger,
): Promise<CrashProcessingResult> {
  const { storage, guard } = context;
  const rawCrash = await guard.call('storage', () =>
    loadOrUndefined(storage.loadRawCrash(crashId)),
  );
  if (rawCrash === undefined) return { kind: 'raw_crash_missing' };
  // Asked first: most crashes have no processed crash yet, and a failed load costs exceptions.
  const previous = await guard.call('storage', async () =>
    (await storage.hasProcessedCrash(crashId))
      ? loadOrUndefined(storage.loadProcessedCrash(crashId))
      : undefined,
  );
  let ruleSet = requestedRuleSet;
  if (ruleSet.name === 'regenerate_signature' && previous === undefined) {
    logger.info(
      'regenerate_signature asked for a crash never processed; running the full rule set',
    );
    ruleSet = context.mainRuleSet;
  }
  const dumps =
    ruleSet.name === 'regenerate_signature' ? new Map() : await loadDumps(context, crashId, logger);

  const jsonTexts = new Map<object, string>();
  const processedCrash = await runRuleSet(ruleSet, {
    crashId,
    rawCrash: { ...(rawCrash as JsonObject) },
    dumps,
    ...(isJsonObject(previous) ? { previous } : {}),
    services: context.services,
    clock: context.clock,
    hostname: context.hostname,
    crashTimeoutMs: context.crashTimeoutMs,
    jsonTexts,
    onRuleFailure: (rule, error) => {
      context.metrics.ruleFailures.inc({ rule: rule.name });
      logger.warn({ rule: rule.name, err: error }, 'rule failed');
    },
    onRuleTimed: (rule, seconds) =>
      context.metrics.ruleSeconds.observe({ rule: rule.name }, seconds),
  });

  const processedCrashText = stringifyWithKnownTexts(processedCrash, jsonTexts);
  await guard.call('storage', () =>
    storage.saveProcessedCrash(crashId, processedCrash, processedCrashText),
  );
  // The index and the Telemetry export do not depend on each other: the export is written
  // while the crash waits for the others of its index batch.
  const saved = await Promise.allSettled([
    guard.call('search', () => context.indexCrash(processedCrash)),
    exportToTelemetry(context, crashId, processedCrash, logger),
  ]);
  for (const result of saved) if (result.status === 'rejected') throw result.reason;
  if (previous === undefined) observeIngestion(context, processedCrash);
  return { kind: 'processed', ruleset: ruleSet.name, signature: processedCrash.signature };
}

/** Writes the crash's Telemetry export, when the export is on. */
async function exportToTelemetry(
  context: CrashProcessingContext,
  crashId: string,
  processedCrash: JsonObject,
  logger: Logger,
): Promise<void> {
  const telemetry = context.telemetry;
  if (!telemetry) return;
  const exported = buildTelemetryCrash(processedCrash);
  if (exported.droppedPaths.length > 0) {
    context.metrics.telemetryDroppedValues.inc(exported.droppedPaths.length);
    logger.debug({ paths: exported.droppedPaths }, 'values left out of the Telemetry export');
  }
  await context.guard.call('telemetry', () =>
    telemetry.saveTelemetryCrash(crashId, exported.document),
  );
}

async function loadOrUndefined<T>(load: Promise<T>): Promise<T | undefined> {
  try {
    return await load;
  } catch (error) {
    if (hasErrorCode(error, 'CRASH_NOT_FOUND')) return undefined;
    throw error;
  }
}

/** The crash's dumps by name; the stored `dump` is the main dump, `upload_file_minidump`. */
async function loadDumps(
  { storage, guard }: CrashProcessingContext,
  crashId: string,
  logger: Logger,
): Promise<Map<string, Uint8Array>> {
  const names =
    (await guard.call('storage', () => loadOrUndefined(storage.loadDumpNames(crashId)))) ?? [];
  const dumps = new Map<string, Uint8Array>();
  for (const name of names) {
    const dumpName = name === '' || name === 'dump' ? MAIN_DUMP_NAME : name;
    const bytes = await guard.call('storage', () =>
      loadOrUndefined(storage.loadDump(crashId, dumpName)),
    );
    if (bytes === undefined) {
      logger.warn({ dump: dumpName }, 'a listed dump is not in storage; processing without it');
      continue;
    }
    dumps.set(dumpName, bytes);
  }
  return dumps;
}

function observeIngestion(context: CrashProcessingContext, processedCrash: JsonObject): void {
  const submitted = processedCrash.submitted_timestamp;
  const seconds = typeof submitted === 'string' ? parseIsoTimestampSeconds(submitted) : undefined;
  if (seconds === undefined) return;
  const elapsed = context.clock.now().getTime() / 1000 - seconds;
  if (elapsed >= 0) context.metrics.ingestionSeconds.observe(elapsed);
}
