/**
 * Sends the user to the log-in page when the API answers that the operation needs a signed-in
 * user (`AUTH_REQUIRED`, HTTP 401). Results still reach the page, which shows the error.
 */
import { mapExchange, type CombinedError, type Exchange } from 'urql';

/** Whether the error says the caller must sign in. */
export function needsSignIn(error: CombinedError): boolean {
  return (
    error.graphQLErrors.some((graphqlError) => graphqlError.extensions?.code === 'AUTH_REQUIRED') ||
    error.response?.status === 401
  );
}

/** The exchange; `onAuthRequired` runs once per failing operation. */
export function authRequiredExchange(onAuthRequired: () => void): Exchange {
  return mapExchange({
    onError(error) {
      if (needsSignIn(error)) onAuthRequired();
    },
  });
}
