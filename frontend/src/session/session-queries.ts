/** The GraphQL documents of the session: who the caller is, signing in and out. */
import { gql } from 'urql';

/** The caller as the SPA uses it. */
export interface MeData {
  readonly authenticatedBy: string;
  readonly permissions: readonly string[];
  readonly csrfToken: string | null;
  readonly user: {
    readonly id: string;
    readonly email: string;
    readonly isSuperuser: boolean;
    readonly groups: readonly string[];
    readonly createdAt: string;
    readonly lastLoginAt: string | null;
  } | null;
  readonly allPermissions: readonly { readonly codename: string; readonly name: string }[];
}

const ME_FIELDS = `
  authenticatedBy
  permissions
  csrfToken
  user { id email isSuperuser groups createdAt lastLoginAt }
  allPermissions { codename name }
`;

/** Who the caller is. */
export const ME_QUERY = gql<{ me: MeData }>`
  query Me {
    me { ${ME_FIELDS} }
  }
`;

/** Signs in with e-mail and password (sets the session cookie). */
export const SIGN_IN_MUTATION = gql<
  { signIn: { me: MeData } },
  { email: string; password: string }
>`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { me { ${ME_FIELDS} } }
  }
`;

/** Ends the session. */
export const SIGN_OUT_MUTATION = gql<{ signOut: boolean }>`
  mutation SignOut {
    signOut
  }
`;
