/** `me`, signing in and out, and API tokens. */
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Caller } from '../../auth/caller.js';
import { PERMISSIONS, PERMISSION_CODENAMES } from '../../auth/permissions.js';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  signIn,
  signOut,
} from '../../services/account-service.js';
import { listTokens, type TokenRecord } from '../../stores/token-store.js';
import { findUserById, readUserPermissions, type UserRecord } from '../../stores/user-store.js';
import type { ApiContext } from '../context.js';
import type { UserType } from './account-types.js';
import { ApiTokenType, CreatedApiToken, Me, SignInResult } from './account-types.js';

/** A user record as the GraphQL type. */
export function toUserType(user: UserRecord): UserType {
  return { ...user, groups: [...user.groups], directPermissions: [...user.directPermissions] };
}

function toTokenType(token: TokenRecord, now: Date): ApiTokenType {
  return {
    id: token.id,
    prefix: token.prefix,
    notes: token.notes,
    permissions: [...token.permissions],
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    revokedAt: token.revokedAt,
    isExpired: token.expiresAt <= now.toISOString(),
  };
}

async function describeCaller(context: ApiContext, caller: Caller): Promise<Me> {
  const user = caller.user ? await findUserById(context.deps.appDb, caller.user.id) : undefined;
  const now = context.deps.clock.now();
  const tokens = user ? await listTokens(context.deps.appDb, user.id) : [];
  return {
    user: user ? toUserType(user) : null,
    permissions: PERMISSION_CODENAMES.filter((permission) => caller.permissions.has(permission)),
    authenticatedBy: caller.via,
    csrfToken: caller.csrfToken ?? null,
    allPermissions: PERMISSION_CODENAMES.map((codename) => ({
      codename,
      name: PERMISSIONS[codename],
    })),
    tokens: tokens.map((token) => toTokenType(token, now)),
  };
}

@Resolver()
export class AccountResolver {
  @Query(() => Me, { description: 'The caller: user, permissions, CSRF token.' })
  me(@Ctx() context: ApiContext): Promise<Me> {
    return describeCaller(context, context.caller);
  }

  @Query(() => [ApiTokenType], { description: 'The caller’s API tokens, newest first.' })
  async apiTokens(@Ctx() context: ApiContext): Promise<ApiTokenType[]> {
    const now = context.deps.clock.now();
    return (await listApiTokens(context.deps, context.caller)).map((token) =>
      toTokenType(token, now),
    );
  }

  @Mutation(() => SignInResult, {
    description: 'Signs in with e-mail and password; sets the session cookie.',
  })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: ApiContext,
  ): Promise<SignInResult> {
    const session = await signIn(context.deps, email, password);
    const maxAgeSeconds = (session.expiresAt.getTime() - context.deps.clock.now().getTime()) / 1000;
    context.setSessionCookie(session.sessionSecret, maxAgeSeconds);
    const me = await describeCaller(context, {
      user: {
        id: session.user.id,
        email: session.user.email,
        isSuperuser: session.user.isSuperuser,
      },
      permissions: await readUserPermissions(context.deps.appDb, session.user.id),
      via: 'session',
      csrfToken: session.csrfToken,
    });
    return { me, expiresAt: session.expiresAt.toISOString() };
  }

  @Mutation(() => Boolean, { description: 'Ends the session and removes its cookie.' })
  async signOut(@Ctx() context: ApiContext): Promise<boolean> {
    if (context.sessionSecret) await signOut(context.deps, context.sessionSecret);
    context.clearSessionCookie();
    return true;
  }

  @Mutation(() => CreatedApiToken, {
    description:
      'Creates an API token carrying some of your permissions (default expiry from CAIRN_API_TOKEN_EXPIRY_DAYS).',
  })
  async createApiToken(
    @Arg('permissions', () => [String]) permissions: string[],
    @Arg('notes', () => String, { nullable: true }) notes: string | undefined,
    @Arg('expiresInDays', () => Int, { nullable: true }) expiresInDays: number | undefined,
    @Ctx() context: ApiContext,
  ): Promise<CreatedApiToken> {
    const created = await createApiToken(context.deps, context.caller, {
      permissions,
      ...(notes !== undefined && notes !== null && { notes }),
      ...(expiresInDays !== undefined && expiresInDays !== null && { expiresInDays }),
    });
    return { token: toTokenType(created.token, context.deps.clock.now()), secret: created.secret };
  }

  @Mutation(() => Boolean, { description: 'Revokes one of your tokens.' })
  async revokeApiToken(
    @Arg('id', () => String) id: string,
    @Ctx() context: ApiContext,
  ): Promise<boolean> {
    await revokeApiToken(context.deps, context.caller, id);
    return true;
  }
}
