/** The GraphQL documents of the API tokens page. */
import { gql } from 'urql';

/** A token as the page lists it (the secret is never listed). */
export interface ApiToken {
  readonly id: string;
  readonly prefix: string;
  readonly notes: string;
  readonly permissions: readonly string[];
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly isExpired: boolean;
  readonly revokedAt: string | null;
}

const TOKEN_FIELDS = 'id prefix notes permissions createdAt expiresAt isExpired revokedAt';

/** The caller's tokens, newest first. */
export const API_TOKENS_QUERY = gql<{ apiTokens: ApiToken[] }>`
  query ApiTokens {
    apiTokens { ${TOKEN_FIELDS} }
  }
`;

/** Creates a token; the answer holds the secret, shown once. */
export const CREATE_API_TOKEN_MUTATION = gql<
  { createApiToken: { secret: string; token: ApiToken } },
  { permissions: string[]; notes?: string; expiresInDays?: number }
>`
  mutation CreateApiToken($permissions: [String!]!, $notes: String, $expiresInDays: Int) {
    createApiToken(permissions: $permissions, notes: $notes, expiresInDays: $expiresInDays) {
      secret
      token { ${TOKEN_FIELDS} }
    }
  }
`;

/** Revokes one token. */
export const REVOKE_API_TOKEN_MUTATION = gql<{ revokeApiToken: boolean }, { id: string }>`
  mutation RevokeApiToken($id: String!) {
    revokeApiToken(id: $id)
  }
`;
