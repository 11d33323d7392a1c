/**
 * What a GraphQL error may say: the stable code from core/src/errors.ts in
 * `extensions.code`, a safe message, the path and locations, nothing internal. Errors about
 * the document itself (syntax, unknown fields with graphql-js's "Did you mean …?", limits)
 * are safe to repeat; anything a resolver threw that is not a CairnError becomes INTERNAL.
 */
import { ERROR_STATUS, toCairnError, type ErrorCode, type Logger } from '@cairn/core';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

/** Apollo's own codes for problems with the request document. */
const DOCUMENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
]);

/**
 * Where Cairn's validation rules put their code: Apollo replaces `extensions.code` of every
 * validation error with its own, but keeps other extensions.
 */
export const CAIRN_CODE_EXTENSION = 'cairnCode';

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_STATUS, code);
}

/** The error as the client sees it; internal failures are logged here with their cause. */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const base = {
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
  };
  const extensionCode = formatted.extensions?.[CAIRN_CODE_EXTENSION] ?? formatted.extensions?.code;
  if (!original || original instanceof GraphQLError) {
    if (isErrorCode(extensionCode))
      return { ...base, message: formatted.message, extensions: { code: extensionCode } };
    if (typeof extensionCode === 'string' && DOCUMENT_ERROR_CODES.has(extensionCode)) {
      return { ...base, message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
  }
  const cairnError = toCairnError(original ?? error);
  if (cairnError.code === 'INTERNAL') {
    logger.error(
      { err: cairnError.cause ?? original, path: formatted.path },
      'GraphQL resolver failed',
    );
  }
  return { ...base, message: cairnError.message, extensions: { code: cairnError.code } };
}
