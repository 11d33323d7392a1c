/** API tokens: your tokens with their permissions and expiry, a form to create one, revoking (§2.8). */
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { EmptyMessage, LoadingMessage } from '../../components/status-messages';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatDateTime, formatRelativeTime } from '../../format/format-date-time';
import { Link } from '../../routing/link';
import { useSession } from '../../session/session-context';
import { CreateTokenForm } from './create-token-form';
import { API_TOKENS_QUERY, REVOKE_API_TOKEN_MUTATION, type ApiToken } from './token-queries';

function tokenState(token: ApiToken): string {
  if (token.revokedAt) return `revoked ${formatDateTime(token.revokedAt)}`;
  if (token.isExpired) return 'expired';
  return 'active';
}

function TokenList() {
  const [{ data, fetching, error }, reload] = useQuery({ query: API_TOKENS_QUERY });
  const [revoking, revoke] = useMutation(REVOKE_API_TOKEN_MUTATION);
  const [revokeError, setRevokeError] = useState<CombinedError>();
  const reloadList = () => reload({ requestPolicy: 'network-only' });
  const now = new Date();
  return (
    <>
      <CreateTokenForm onCreated={reloadList} />
      <section aria-labelledby="token-list-title">
        <h2 id="token-list-title">Your tokens</h2>
        {error && <GraphqlErrorMessage error={error} what="your tokens" />}
        {revokeError && <GraphqlErrorMessage error={revokeError} what="the revocation" />}
        {!data && fetching && <LoadingMessage what="your tokens" />}
        {data && data.apiTokens.length === 0 && (
          <EmptyMessage>You have no tokens yet.</EmptyMessage>
        )}
        {data && data.apiTokens.length > 0 && (
          <div className="table-scroll">
            <table className="tokens-table">
              <thead>
                <tr>
                  <th scope="col">Token</th>
                  <th scope="col">Permissions</th>
                  <th scope="col">Notes</th>
                  <th scope="col">Created</th>
                  <th scope="col">Expires</th>
                  <th scope="col">State</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.apiTokens.map((token) => (
                  <tr key={token.id} data-token-id={token.id}>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>
                      {token.permissions.length > 0
                        ? token.permissions.join(', ')
                        : 'none (public data)'}
                    </td>
                    <td className="notes">{token.notes}</td>
                    <td>{formatDateTime(token.createdAt)}</td>
                    <td>
                      {formatDateTime(token.expiresAt)} ({formatRelativeTime(token.expiresAt, now)})
                    </td>
                    <td className={`token-state token-${tokenState(token).split(' ')[0]}`}>
                      {tokenState(token)}
                    </td>
                    <td>
                      {!token.revokedAt && (
                        <button
                          type="button"
                          disabled={revoking.fetching}
                          aria-label={`Revoke token ${token.prefix}`}
                          onClick={async () => {
                            const result = await revoke({ id: token.id });
                            setRevokeError(result.error);
                            reloadList();
                          }}
                        >
                          Revoke
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** The API tokens page. */
export function TokensPage() {
  useDocumentTitle('API Tokens');
  const { isSignedIn } = useSession();
  return (
    <section>
      <h1>API Tokens</h1>
      <p className="hint">
        Send a token in the <code>Auth-Token</code> header to use the API with its permissions.
      </p>
      {isSignedIn ? (
        <TokenList />
      ) : (
        <p>
          <Link href="/login/?next=%2Ftokens%2F">Log in</Link> to create and manage tokens.
        </p>
      )}
    </section>
  );
}
