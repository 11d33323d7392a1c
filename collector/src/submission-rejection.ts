/**
 * Why a submission is refused before anything is saved, and the one exhaustive map from each
 * reason to the answer the crash reporter gets. The codes are the reference's
 * (research/antenna-collector.md §1.3, §2.8): clients and dashboards match on them.
 */

/** The reference's `malformed_<reason>` codes, each answered 400 `Discarded=malformed_<reason>`. */
export type MalformedReason =
  | 'no_content_type'
  | 'wrong_content_type'
  | 'no_boundary'
  | 'no_content_length'
  | 'bad_gzip'
  | 'invalid_payload_structure'
  | 'invalid_json'
  | 'invalid_json_value'
  | 'invalid_dump_name'
  | 'no_annotations'
  | 'invalid_uuid';

/** Every way a submission can be refused before it is saved. */
export type RejectionCode =
  | `malformed_${MalformedReason}`
  /** A client-supplied `uuid` without the stage submitter's bearer token. */
  | 'unauthorized_uuid'
  /** A body over the size limit (the reference's nginx answers this one). */
  | 'payload_too_large'
  /** A boundary parameter that is empty or longer than 70 characters (Falcon's JSON 400). */
  | 'invalid_boundary';

/** How the client is answered: status, and a `Discarded=<code>` text or a JSON error body. */
interface RejectionAnswer {
  readonly status: number;
  readonly body: 'discarded' | 'json';
}

const MALFORMED_ANSWER: RejectionAnswer = { status: 400, body: 'discarded' };

const REJECTION_ANSWERS = {
  malformed_no_content_type: MALFORMED_ANSWER,
  malformed_wrong_content_type: MALFORMED_ANSWER,
  malformed_no_boundary: MALFORMED_ANSWER,
  malformed_no_content_length: MALFORMED_ANSWER,
  malformed_bad_gzip: MALFORMED_ANSWER,
  malformed_invalid_payload_structure: MALFORMED_ANSWER,
  malformed_invalid_json: MALFORMED_ANSWER,
  malformed_invalid_json_value: MALFORMED_ANSWER,
  malformed_invalid_dump_name: MALFORMED_ANSWER,
  malformed_no_annotations: MALFORMED_ANSWER,
  malformed_invalid_uuid: MALFORMED_ANSWER,
  unauthorized_uuid: { status: 401, body: 'discarded' },
  payload_too_large: { status: 413, body: 'discarded' },
  invalid_boundary: { status: 400, body: 'json' },
} as const satisfies Record<RejectionCode, RejectionAnswer>;

/** A refused submission. `detail` is for logs only; the client gets the code. */
export class SubmissionRejection extends Error {
  readonly status: number;
  readonly body: 'discarded' | 'json';

  constructor(
    readonly code: RejectionCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'SubmissionRejection';
    const answer: RejectionAnswer = REJECTION_ANSWERS[code];
    this.status = answer.status;
    this.body = answer.body;
  }

  /** The malformed reason for the `malformed` metric, when this is a malformed payload. */
  get malformedReason(): MalformedReason | undefined {
    return this.code.startsWith('malformed_')
      ? (this.code.slice('malformed_'.length) as MalformedReason)
      : undefined;
  }
}

/** A 400 `Discarded=malformed_<reason>` rejection. */
export function malformed(reason: MalformedReason, detail?: string): SubmissionRejection {
  return new SubmissionRejection(`malformed_${reason}`, detail);
}
