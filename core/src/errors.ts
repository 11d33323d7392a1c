/**
 * Cairn's error codes: a closed list, each with the HTTP status it maps to.
 * Codes are stable forever; a retired code is never reused. docs/errors.md describes each one,
 * and a test keeps that page and this list in sync.
 */
export const ERROR_STATUS = {
  CONFIG_INVALID: 500,
  INTERNAL: 500,
  BAD_REQUEST: 400,
  INVALID_CRASH_ID: 400,
  CRASH_NOT_FOUND: 404,
  STORAGE_UNAVAILABLE: 503,
  QUEUE_UNAVAILABLE: 503,
  SEARCH_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  SEARCH_INVALID_PARAMETER: 400,
  SEARCH_FIELD_FORBIDDEN: 403,
  SEARCH_QUERY_TOO_COMPLEX: 400,
  SEARCH_NOT_SHAREABLE: 400,
  AUTH_REQUIRED: 401,
  AUTH_FORBIDDEN: 403,
  AUTH_LOGIN_FAILED: 401,
  AUTH_TOKEN_UNKNOWN: 403,
  AUTH_TOKEN_EXPIRED: 403,
  AUTH_USER_INACTIVE: 403,
  AUTH_CSRF_REJECTED: 403,
  API_RATE_LIMITED: 429,
  API_QUERY_TOO_COMPLEX: 400,
  API_CONFLICT: 409,
  CRON_JOB_UNKNOWN: 404,
  CRON_JOB_LOCKED: 409,
  BUGZILLA_FAILED: 502,
  PRODUCT_VERSIONS_INVALID: 502,
} as const satisfies Record<string, number>;

/** One of Cairn's stable error codes. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** The error type every Cairn layer throws: a stable code for machines, a message for people. */
export class CairnError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CairnError';
    this.code = code;
    this.status = ERROR_STATUS[code];
  }
}

/**
 * Turns anything thrown into a CairnError. Unknown throws become INTERNAL with a generic
 * message, so their text (which may hold private data) never reaches a client; the original
 * stays available as `cause` for logs.
 */
export function toCairnError(thrown: unknown): CairnError {
  if (thrown instanceof CairnError) return thrown;
  return new CairnError('INTERNAL', 'Internal error', { cause: thrown });
}

/** Whether a value is a CairnError with the given code. */
export function hasErrorCode(thrown: unknown, code: ErrorCode): thrown is CairnError {
  return thrown instanceof CairnError && thrown.code === code;
}
