/**
 * The one component that shows urql's CombinedError: a network failure (the API could not be
 * reached or answered with an HTTP error) reads differently from errors the API reported for
 * the query, which come with their stable code.
 */
import type { CombinedError } from 'urql';
import { describeGraphqlError } from './describe-graphql-error';

/** Props of GraphqlErrorMessage. */
export interface GraphqlErrorMessageProps {
  readonly error: CombinedError;
  /** What could not be loaded, for the first sentence ("the crash"). @defaultValue 'the data' */
  readonly what?: string;
}

/** Renders the error as an alert. */
export function GraphqlErrorMessage({ error, what = 'the data' }: GraphqlErrorMessageProps) {
  const described = describeGraphqlError(error);
  return (
    <div role="alert" className="error-message">
      <p>
        <strong>Could not load {what}.</strong> {described.summary}
      </p>
      {described.details.length > 0 && (
        <ul>
          {described.details.map((detail, index) => (
            <li key={index}>
              {detail.message}
              {detail.code && <code className="error-code">{detail.code}</code>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
