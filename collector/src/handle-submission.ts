/**
 * POST /submit, phase by phase in the reference's order (research/antenna-collector.md §1.4):
 * framing headers, admission into the memory budget, body → multipart → annotations and dumps,
 * the raw crash, the throttle decision, the crash id, then save and publish. Each phase turns
 * its input into a typed output or a SubmissionRejection; this file only sequences them and
 * turns the outcome into the answer.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { Clock, RandomBytes, RawCrash } from '@cairn/core';
import { REQUEST_OVERHEAD_BYTES, type AdmissionBudget } from './admission.js';
import type { ExtractedCrashReport } from './annotations.js';
import type { CollectorMetrics } from './collector-metrics.js';
import { assignCrashId, isStageSubmitter } from './crash-id-assignment.js';
import { extractCrashReport } from './extract-crash-report.js';
import { buildRawCrash, removePrivateAnnotations } from './raw-crash.js';
import { BodyAbandonedError, OverloadedError } from './read-body.js';
import { readSubmissionFraming, type SubmissionFraming } from './request-framing.js';
import { saveCrash, type SaveDependencies } from './save-crash.js';
import { SubmissionRejection } from './submission-rejection.js';
import {
  formatSubmittedTimestamp,
  readSubmissionTime,
  type MicrosecondClock,
  type SubmissionTime,
} from './submission-time.js';
import type { ThrottleRuleSet } from './throttle/rule-set.js';
import { throttleCrash, type RandomSource } from './throttle/throttler.js';

/** What one submission needs from the collector. */
export interface SubmissionContext extends SaveDependencies {
  readonly clock: Clock | MicrosecondClock;
  readonly random: RandomSource;
  readonly randomBytes?: RandomBytes;
  readonly ruleSet: ThrottleRuleSet;
  readonly budget: AdmissionBudget;
  readonly metrics: CollectorMetrics;
  readonly limits: {
    readonly maxBodyBytes: number;
    readonly maxDecompressedBytes: number;
    readonly bearerToken: string;
  };
}

/** A submission as the HTTP layer sees it. */
export interface SubmissionRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body: Readable;
}

/** The answer to a submission. */
export type SubmissionAnswer =
  | { readonly kind: 'crash-id'; readonly crashId: string }
  | { readonly kind: 'rejected'; readonly rejection: SubmissionRejection }
  | { readonly kind: 'discarded-by-rule'; readonly rule: string }
  | { readonly kind: 'unavailable'; readonly reason: 'storage' | 'overloaded' }
  /** The client left before sending its whole body; nobody is there to answer. */
  | { readonly kind: 'abandoned' };

/** Handles one POST /submit. */
export async function handleSubmission(
  context: SubmissionContext,
  request: SubmissionRequest,
): Promise<SubmissionAnswer> {
  const time = readSubmissionTime(context.clock);
  let framing: SubmissionFraming;
  try {
    framing = readSubmissionFraming(request.headers, context.limits.maxBodyBytes);
  } catch (error) {
    return refuse(context, error);
  }
  const reservation = context.budget.reserve(framing.contentLength + REQUEST_OVERHEAD_BYTES);
  if (!reservation) return overloaded(context);
  try {
    let report: ExtractedCrashReport;
    try {
      if (framing.isGzipped) context.metrics.gzipped.inc();
      const extracted = await extractCrashReport(request.body, framing, {
        reservation,
        maxDecompressedBytes: context.limits.maxDecompressedBytes,
      });
      context.metrics.crashSizeBytes.observe(
        { payload: framing.isGzipped ? 'compressed' : 'uncompressed' },
        extracted.decodedBytes,
      );
      report = extracted.report;
    } catch (error) {
      if (error instanceof BodyAbandonedError) return { kind: 'abandoned' };
      return error instanceof OverloadedError ? overloaded(context) : refuse(context, error);
    }
    return await decideAndSave(context, request.headers, framing, report, time);
  } finally {
    reservation.release();
  }
}

function overloaded(context: SubmissionContext): SubmissionAnswer {
  context.metrics.overloaded.inc();
  return { kind: 'unavailable', reason: 'overloaded' };
}

async function decideAndSave(
  context: SubmissionContext,
  headers: IncomingHttpHeaders,
  framing: SubmissionFraming,
  report: ExtractedCrashReport,
  time: SubmissionTime,
): Promise<SubmissionAnswer> {
  const { metrics, logger } = context;
  metrics.incoming.inc();
  const rawCrash = buildRawCrash(report, {
    submittedTimestamp: formatSubmittedTimestamp(time),
    payloadSize: framing.contentLength,
    isGzipped: framing.isGzipped,
    userAgent: headers['user-agent'],
  });
  const decision = throttleCrash(context.ruleSet, rawCrash, {
    now: time.date,
    random: context.random,
  });
  let crashId: string;
  try {
    crashId = assignCrashId(rawCrash, {
      result: decision.result,
      receivedAt: time.date,
      isStageSubmitter: isStageSubmitter(headers.authorization, context.limits.bearerToken),
      ...(context.randomBytes ? { random: context.randomBytes } : {}),
    });
  } catch (error) {
    return refuse(context, error);
  }
  rawCrash.uuid = crashId;
  logger.info(
    { crash_id: crashId, throttle: decision },
    `${crashId}: matched by ${decision.rule}; returned ${decision.result}`,
  );
  metrics.throttle.inc({ result: decision.result, rule: decision.rule });
  rawCrash.metadata.throttle_rule = decision.rule;

  if (decision.result === 'REJECT') return { kind: 'discarded-by-rule', rule: decision.rule };
  if (decision.result === 'FAKEACCEPT') return { kind: 'crash-id', crashId };
  removePrivateAnnotations(rawCrash);
  const outcome = await saveCrash(context, crashId, rawCrash as RawCrash, report.dumps);
  return outcome === 'saved'
    ? { kind: 'crash-id', crashId }
    : { kind: 'unavailable', reason: 'storage' };
}

/** Answers a rejection, counting it; anything else is a bug and is rethrown. */
function refuse(context: SubmissionContext, error: unknown): SubmissionAnswer {
  if (!(error instanceof SubmissionRejection)) throw error;
  context.metrics.rejections.inc({ code: error.code });
  const reason = error.malformedReason;
  if (reason) context.metrics.malformed.inc({ reason });
  context.logger.info({ rejection: error.code, detail: error.detail }, 'submission refused');
  return { kind: 'rejected', rejection: error };
}
