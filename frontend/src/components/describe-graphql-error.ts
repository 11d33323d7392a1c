/** What a CombinedError says, in words for people and with the API's codes. */

/** The parts of urql's CombinedError this reads (so it can be tested without urql). */
export interface CombinedErrorLike {
  readonly networkError?: Error | undefined;
  readonly graphQLErrors: readonly {
    readonly message: string;
    readonly extensions?: Record<string, unknown>;
  }[];
  readonly response?: { readonly status?: number } | undefined;
}

/** A described error. */
export interface DescribedError {
  /** One sentence. */
  readonly summary: string;
  /** Each error the API reported, with its code. */
  readonly details: readonly { readonly message: string; readonly code?: string }[];
}

/** Describes a CombinedError. */
export function describeGraphqlError(error: CombinedErrorLike): DescribedError {
  const details = error.graphQLErrors.map((graphqlError) => {
    const code = graphqlError.extensions?.code;
    return { message: graphqlError.message, ...(typeof code === 'string' && { code }) };
  });
  if (details.length > 0) {
    const codes = new Set(details.map((detail) => detail.code));
    const summary = codes.has('API_RATE_LIMITED')
      ? 'Too many requests: wait a minute and try again.'
      : codes.has('AUTH_REQUIRED')
        ? 'You need to log in for this.'
        : codes.has('AUTH_FORBIDDEN')
          ? 'You do not have the permission this needs.'
          : 'The API reported a problem:';
    return { summary, details };
  }
  const status = error.response?.status;
  const reason = error.networkError?.message ?? 'no answer';
  return {
    summary: status
      ? `The API answered with HTTP ${status} (${reason}).`
      : `The API could not be reached (${reason}). Check your connection and try again.`,
    details: [],
  };
}
