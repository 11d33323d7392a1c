/** Tokens, sessions, CSRF and passwords, over real HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/password-hash.js';
import { createUser, grantUserPermission } from '../../src/stores/user-store.js';
import { startApiHarness, type ApiHarness } from '../fixtures/api-harness.js';

const ME = '{ me { authenticatedBy permissions csrfToken user { email } } }';
const PASSWORD = 'correct horse battery staple';

describe('authentication', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness({ withCrashes: false });
    const user = await createUser(api.appDb, {
      email: 'Analyst@Example.com',
      passwordHash: await hashPassword(PASSWORD),
      now: api.clock.now(),
    });
    await grantUserPermission(api.appDb, user.id, 'view_pii');
    await grantUserPermission(api.appDb, user.id, 'view_rawdump');
  });
  afterAll(async () => api.close());

  async function signIn(): Promise<{ cookie: string; csrfToken: string; setCookie: string }> {
    const response = await api.graphql(
      'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { me { csrfToken } } }',
      { email: 'analyst@example.com', password: PASSWORD },
    );
    expect(response.body.errors).toBeUndefined();
    const setCookie = response.headers.get('set-cookie') ?? '';
    const cookie = setCookie.split(';')[0]!;
    const me = (response.body.data!.signIn as { me: { csrfToken: string } }).me;
    return { cookie, csrfToken: me.csrfToken, setCookie };
  }

  it('stores passwords only as argon2id hashes', async () => {
    const rows = await api.appDb.db.selectFrom('users').select('password_hash').execute();
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain(PASSWORD);
    }
  });

  it('signs in with a HttpOnly SameSite cookie and knows the user from it', async () => {
    const { cookie, csrfToken, setCookie } = await signIn();
    expect(setCookie).toMatch(
      /^cairn_session=[0-9a-f]{32}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=86400$/,
    );
    const { body } = await api.graphql(ME, {}, { cookie, 'x-csrf-token': csrfToken });
    expect(body.data!.me).toEqual({
      authenticatedBy: 'session',
      permissions: ['view_pii', 'view_rawdump'],
      csrfToken,
      user: { email: 'analyst@example.com' },
    });
    const sessions = await api.appDb.db.selectFrom('sessions').select('id_hash').execute();
    expect(sessions.map((session) => session.id_hash)).not.toContain(cookie.split('=')[1]);
  });

  it('refuses a wrong password and an unknown e-mail address with the same answer', async () => {
    for (const [email, password] of [
      ['analyst@example.com', 'wrong password!!'],
      ['nobody@example.com', PASSWORD],
    ]) {
      const { body, headers } = await api.graphql(
        'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { expiresAt } }',
        { email, password },
      );
      expect(body.errors?.[0]).toMatchObject({
        message: 'Unknown e-mail address or wrong password',
        extensions: { code: 'AUTH_LOGIN_FAILED' },
      });
      expect(headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses a session POST without the CSRF token, and any cross-site POST', async () => {
    const { cookie, csrfToken } = await signIn();
    const withoutToken = await api.graphql(ME, {}, { cookie });
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.errors?.[0]?.extensions?.code).toBe('AUTH_CSRF_REJECTED');
    const wrongToken = await api.graphql(ME, {}, { cookie, 'x-csrf-token': 'f'.repeat(32) });
    expect(wrongToken.status).toBe(403);
    const crossSite = await api.graphql(
      ME,
      {},
      { cookie, 'x-csrf-token': csrfToken, origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    const fetchMetadata = await api.graphql(ME, {}, { 'sec-fetch-site': 'cross-site' });
    expect(fetchMetadata.body.errors?.[0]?.extensions?.code).toBe('AUTH_CSRF_REJECTED');
    const crossSiteForm = await api.rest('/api/Reprocessing/', {
      headers: { cookie, origin: 'https://evil.example' },
      form: new URLSearchParams({ crash_ids: '00000000-0000-4000-8000-000001240312' }),
    });
    expect(crossSiteForm.status).toBe(403);
    const sameOrigin = await api.graphql(
      ME,
      {},
      { cookie, 'x-csrf-token': csrfToken, origin: api.url },
    );
    expect(sameOrigin.status).toBe(200);
  });

  it('signs out: the session stops working and the cookie is removed', async () => {
    const { cookie, csrfToken } = await signIn();
    const out = await api.graphql(
      'mutation { signOut }',
      {},
      { cookie, 'x-csrf-token': csrfToken },
    );
    expect(out.headers.get('set-cookie')).toMatch(/^cairn_session=; .*Max-Age=0/);
    const after = await api.graphql(ME, {}, { cookie });
    expect((after.body.data!.me as { authenticatedBy: string }).authenticatedBy).toBe('anonymous');
  });

  it('expires sessions after the configured hours', async () => {
    const { cookie, csrfToken } = await signIn();
    api.clock.advance(24 * 3_600_000 + 1);
    try {
      const { body } = await api.graphql(ME, {}, { cookie, 'x-csrf-token': csrfToken });
      expect((body.data!.me as { authenticatedBy: string }).authenticatedBy).toBe('anonymous');
    } finally {
      api.clock.advance(-(24 * 3_600_000 + 1));
    }
  });

  describe('API tokens', () => {
    async function createToken(permissions: string[], expiresInDays?: number) {
      const { cookie, csrfToken } = await signIn();
      const { body } = await api.graphql(
        'mutation ($p: [String!]!, $d: Int) { createApiToken(permissions: $p, notes: "ci", expiresInDays: $d) { secret token { id prefix permissions expiresAt } } }',
        { p: permissions, d: expiresInDays ?? null },
        { cookie, 'x-csrf-token': csrfToken },
      );
      expect(body.errors).toBeUndefined();
      return {
        ...(body.data!.createApiToken as {
          secret: string;
          token: { id: string; prefix: string; permissions: string[]; expiresAt: string };
        }),
        cookie,
        csrfToken,
      };
    }

    it('carries only the chosen subset of the owner’s permissions, expiring after 90 days by default', async () => {
      const { secret, token } = await createToken(['view_rawdump']);
      expect(secret).toMatch(/^[0-9a-f]{32}$/);
      expect(token.prefix).toBe(secret.slice(0, 8));
      expect(token.expiresAt).toBe(
        new Date(api.clock.now().getTime() + 90 * 86_400_000).toISOString(),
      );
      const { body } = await api.graphql(ME, {}, { 'auth-token': secret });
      expect(body.data!.me).toMatchObject({
        authenticatedBy: 'token',
        permissions: ['view_rawdump'],
      });
      const { cookie, csrfToken } = await signIn();
      const mine = await api.graphql(
        '{ me { tokens { id prefix permissions isExpired revokedAt } } }',
        {},
        { cookie, 'x-csrf-token': csrfToken },
      );
      expect((mine.body.data!.me as { tokens: unknown[] }).tokens).toContainEqual({
        id: token.id,
        prefix: token.prefix,
        permissions: ['view_rawdump'],
        isExpired: false,
        revokedAt: null,
      });
      const stored = await api.appDb.db.selectFrom('api_tokens').select(['token_hash']).execute();
      expect(JSON.stringify(stored)).not.toContain(secret);
    });

    it('cannot carry a permission its owner lacks', async () => {
      const { cookie, csrfToken } = await signIn();
      const { body } = await api.graphql(
        'mutation { createApiToken(permissions: ["manage_users"]) { secret } }',
        {},
        { cookie, 'x-csrf-token': csrfToken },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('AUTH_FORBIDDEN');
    });

    it('is refused once revoked, with the reference’s message on REST', async () => {
      const { secret, token, cookie, csrfToken } = await createToken(['view_pii']);
      expect(
        (await api.rest('/api/Platforms/', { headers: { 'auth-token': secret } })).status,
      ).toBe(200);
      const revoked = await api.graphql(
        'mutation ($id: String!) { revokeApiToken(id: $id) }',
        { id: token.id },
        { cookie, 'x-csrf-token': csrfToken },
      );
      expect(revoked.body.data).toEqual({ revokeApiToken: true });
      const refused = await api.rest('/api/Platforms/', { headers: { 'auth-token': secret } });
      expect(refused.status).toBe(403);
      expect(refused.json).toEqual({ error: 'API Token not matched' });
      const graphql = await api.graphql(ME, {}, { 'auth-token': secret });
      expect(graphql.status).toBe(403);
      expect(graphql.body.errors?.[0]?.extensions?.code).toBe('AUTH_TOKEN_UNKNOWN');
    });

    it('is refused once expired', async () => {
      const { secret } = await createToken(['view_pii'], 1);
      api.clock.advance(86_400_000);
      try {
        const refused = await api.rest('/api/Platforms/', { headers: { 'auth-token': secret } });
        expect(refused.status).toBe(403);
        expect(refused.json).toEqual({ error: 'API Token found but expired' });
      } finally {
        api.clock.advance(-86_400_000);
      }
    });

    it('refuses unknown tokens, and tokens of deactivated users', async () => {
      const unknown = await api.rest('/api/Platforms/', {
        headers: { 'auth-token': '0'.repeat(32) },
      });
      expect(unknown.status).toBe(403);
      expect(unknown.json).toEqual({ error: 'API Token not matched' });
      const { secret } = await createToken(['view_pii']);
      await api.appDb.db
        .updateTable('users')
        .set({ is_active: 0 })
        .where('email', '=', 'analyst@example.com')
        .execute();
      try {
        const inactive = await api.rest('/api/Platforms/', { headers: { 'auth-token': secret } });
        expect(inactive.status).toBe(403);
        expect(inactive.json).toEqual({ error: 'User of API token not active' });
      } finally {
        await api.appDb.db
          .updateTable('users')
          .set({ is_active: 1 })
          .where('email', '=', 'analyst@example.com')
          .execute();
      }
    });

    it('loses a permission as soon as its owner loses it', async () => {
      const { secret } = await createToken(['view_pii', 'view_rawdump']);
      await api.appDb.db
        .deleteFrom('user_permissions')
        .where('permission', '=', 'view_rawdump')
        .execute();
      try {
        const { body } = await api.graphql(ME, {}, { 'auth-token': secret });
        expect((body.data!.me as { permissions: string[] }).permissions).toEqual(['view_pii']);
      } finally {
        const user = await api.appDb.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', 'analyst@example.com')
          .executeTakeFirstOrThrow();
        await grantUserPermission(api.appDb, user.id, 'view_rawdump');
      }
    });

    it('cannot create more tokens', async () => {
      const { secret } = await createToken(['view_pii']);
      const { body } = await api.graphql(
        'mutation { createApiToken(permissions: []) { secret } }',
        {},
        { 'auth-token': secret },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('AUTH_FORBIDDEN');
    });
  });
});
