/**
 * Choosing the crash id (research/antenna-collector.md §3): a new id whose digit is the
 * throttle result and whose date is the submission's UTC date; or, for Socorro's stage
 * submitter replaying production crashes, the `uuid` annotation, honoured only with the
 * configured bearer token (compared in constant time) and only when it is a valid crash id.
 * A `uuid` without the token is refused even when the throttler would reject the crash.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  createCrashId,
  isValidCrashId,
  THROTTLE_DIGIT,
  type PythonJsonValue,
  type RandomBytes,
} from '@cairn/core';
import { malformed, SubmissionRejection } from './submission-rejection.js';
import { toPythonRepr } from './throttle/python-str.js';
import type { ThrottleResult } from './throttle/rule-set.js';

/** Whether the Authorization header carries the stage submitter's token. */
export function isStageSubmitter(authorization: string | undefined, bearerToken: string): boolean {
  if (bearerToken === '' || !authorization?.startsWith('Bearer ')) return false;
  const offered = authorization.slice(authorization.indexOf(' ') + 1);
  // Hashing first gives equal lengths, so the comparison time says nothing about the token.
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(offered), digest(bearerToken));
}

/** The crash id for a submission; throws when a client-supplied `uuid` may not be used. */
export function assignCrashId(
  annotations: Readonly<Record<string, PythonJsonValue>>,
  options: {
    readonly result: ThrottleResult;
    readonly receivedAt: Date;
    readonly isStageSubmitter: boolean;
    readonly random?: RandomBytes;
  },
): string {
  if (Object.hasOwn(annotations, 'uuid')) {
    if (!options.isStageSubmitter) {
      throw new SubmissionRejection(
        'unauthorized_uuid',
        'a uuid annotation needs the bearer token',
      );
    }
    const uuid = annotations.uuid;
    if (typeof uuid !== 'string' || !isValidCrashId(uuid)) {
      throw malformed('invalid_uuid', `uuid ${toPythonRepr(uuid ?? null)} is not a valid crash id`);
    }
    return uuid;
  }
  return createCrashId(options.receivedAt, THROTTLE_DIGIT[options.result], options.random);
}
