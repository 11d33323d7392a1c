/** The errors search raises, with the reference's messages where the reference has one. */
import { CairnError, type ErrorCode } from '../errors.js';

/**
 * How the Crash Stats API reports an error: most come back as
 * `{"error": "Bad request: BadArgumentError: <message>"}`, but malformed numeric meta
 * parameters are caught by its form layer first: `{"errors": {"<parameter>": ["<message>"]}}`.
 */
export type CrashStatsErrorShape = 'bad_argument' | 'form_field';

/** A search parameter Cairn cannot accept; `parameter` names it for the API's error body. */
export class SearchParameterError extends CairnError {
  readonly parameter: string;
  readonly crashStatsShape: CrashStatsErrorShape;

  constructor(
    parameter: string,
    message: string,
    code: Extract<ErrorCode, `SEARCH_${string}`> = 'SEARCH_INVALID_PARAMETER',
    crashStatsShape: CrashStatsErrorShape = 'bad_argument',
  ) {
    super(code, message);
    this.name = 'SearchParameterError';
    this.parameter = parameter;
    this.crashStatsShape = crashStatsShape;
  }
}

/** "Bad value for parameter X: not a valid <type>", the reference's conversion error. */
export function badValueError(parameter: string, typeName: string): SearchParameterError {
  return new SearchParameterError(
    parameter,
    `Bad value for parameter ${parameter}: not a valid ${typeName}`,
  );
}

/** The reference's message for an unknown field name, with Cairn's suggestions appended. */
export function unknownFieldError(
  parameter: string,
  name: string,
  suggestions: readonly string[],
): SearchParameterError {
  const hint =
    suggestions.length > 0
      ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?`
      : '';
  return new SearchParameterError(parameter, `Unknown field '${name}'${hint}`);
}
