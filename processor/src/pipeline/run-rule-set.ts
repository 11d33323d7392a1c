/**
 * Runs a rule set over one crash with the reference's bookkeeping (Socorro's
 * `Pipeline.process_crash`, research/socorro-processor.md §1.1): `success` false and a
 * placeholder signature before the rules, a first note with the time and host, every rule's
 * predicate then action, a failing rule turned into a note naming the rule and the error class
 * (never the message: notes are public) while the next rule runs, then `success` true, the
 * previous notes pushed onto `processor_history`, the new notes and `completed_datetime`.
 */
import type { Clock } from '@cairn/core';
import type { RuleSet } from '../rulesets.js';
import { PythonError } from '../signature/python/python-error.js';
import type { JsonObject } from '../values/json-object.js';
import { formatPythonIsoUtc, formatPythonUtc } from '../values/python-dates.js';
import { ProcessorNotes } from './processor-notes.js';
import type { ProcessorRule, RuleServices } from './processor-rule.js';

/** The crash and everything the rules need. */
export interface RuleSetInput {
  readonly crashId: string;
  readonly rawCrash: JsonObject;
  readonly dumps: ReadonlyMap<string, Uint8Array>;
  /** The stored processed crash when reprocessing; the rules start from it. */
  readonly previous?: JsonObject;
  readonly services: RuleServices;
  readonly clock: Clock;
  /** Named in the first note, as the reference names its host. */
  readonly hostname: string;
  /** How long stack walking may take, from the start of the rules. */
  readonly crashTimeoutMs: number;
  /** Receives the JSON texts rules record (RuleContext.jsonTexts). */
  readonly jsonTexts?: Map<object, string>;
  /** Told about each failing rule (for logs, which may hold the message). */
  readonly onRuleFailure?: (rule: ProcessorRule, error: unknown) => void;
  /** Told how long each rule took, in seconds. */
  readonly onRuleTimed?: (rule: ProcessorRule, seconds: number) => void;
}

/** Runs `ruleSet` and returns the processed crash. */
export async function runRuleSet(ruleSet: RuleSet, input: RuleSetInput): Promise<JsonObject> {
  const processedCrash: JsonObject = structuredClone(input.previous ?? {});
  const notes = new ProcessorNotes();
  const started = input.clock.now();
  processedCrash.success = false;
  processedCrash.started_datetime = formatPythonIsoUtc(started);
  notes.add(`>>> Start processing: ${formatPythonUtc(started)} (${input.hostname})`);
  processedCrash.signature = 'EMPTY: crash failed to process';

  const context = {
    crashId: input.crashId,
    rawCrash: input.rawCrash,
    dumps: input.dumps,
    processedCrash,
    notes,
    services: input.services,
    deadlineMs: Date.now() + input.crashTimeoutMs,
    jsonTexts: input.jsonTexts ?? new Map<object, string>(),
  };
  for (const rule of ruleSet.rules) {
    const ruleStarted = performance.now();
    try {
      if (rule.predicate?.(context) ?? true) {
        // Only asynchronous actions are awaited: awaiting every rule would let other crashes'
        // work run between the rules of this one (and into this rule's timing).
        const pending = rule.action(context);
        if (pending) await pending;
      }
    } catch (error) {
      input.onRuleFailure?.(rule, error);
      notes.add(`ruleset '${ruleSet.name}' rule '${rule.name}' failed: ${errorClassName(error)}`);
    }
    input.onRuleTimed?.(rule, (performance.now() - ruleStarted) / 1000);
  }

  processedCrash.success = true;
  const history = Array.isArray(processedCrash.processor_history)
    ? [...(processedCrash.processor_history as unknown[])]
    : [];
  if (processedCrash.processor_notes) history.unshift(processedCrash.processor_notes);
  processedCrash.processor_history = history;
  processedCrash.processor_notes = notes.list().join('\n');
  processedCrash.completed_datetime = formatPythonIsoUtc(input.clock.now());
  return processedCrash;
}

/** The class of a thrown value, as the note names it (Python's class for PythonError). */
function errorClassName(error: unknown): string {
  if (error instanceof PythonError) return error.pythonType;
  if (error instanceof Error) return error.name;
  return typeof error;
}
