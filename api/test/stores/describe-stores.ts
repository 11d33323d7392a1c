/** The AppDb repositories of the API, run against one dialect. */
import type { AppDb } from '@cairn/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureDefaultGroups,
  addUserToGroup,
  createGroup,
  listGroups,
  setGroupPermissions,
} from '../../src/stores/group-store.js';
import {
  associateBug,
  dissociateBug,
  findBugsForSignatures,
  findSignaturesForBugs,
} from '../../src/stores/bug-store.js';
import {
  findProductVersions,
  listProductVersionStrings,
  saveProductVersions,
} from '../../src/stores/product-version-store.js';
import {
  createSession,
  deleteExpiredSessions,
  findSession,
} from '../../src/stores/session-store.js';
import { findSignaturesFirstSeen, recordSignatureSeen } from '../../src/stores/signature-store.js';
import {
  createToken,
  findTokenBySecret,
  listTokens,
  revokeToken,
} from '../../src/stores/token-store.js';
import {
  createUser,
  findUserByEmail,
  grantUserPermission,
  readUserPermissions,
  revokeUserPermission,
  updateUser,
} from '../../src/stores/user-store.js';

const NOW = new Date('2024-03-13T12:00:00Z');

/** Runs the repository tests on a fresh, migrated database per test. */
export function describeApiStores(
  dialect: string,
  create: () => Promise<{ appDb: AppDb; cleanup(): Promise<void> }>,
) {
  describe(`API stores on ${dialect}`, () => {
    let appDb: AppDb;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ appDb, cleanup } = await create());
      await appDb.migrate();
    });
    afterEach(async () => {
      await appDb.close();
      await cleanup();
    });

    it('derives a user’s permissions from direct grants, groups and the superuser flag', async () => {
      const user = await createUser(appDb, {
        email: ' Ann@Example.COM ',
        passwordHash: null,
        now: NOW,
      });
      expect(user).toMatchObject({
        email: 'ann@example.com',
        isActive: true,
        isSuperuser: false,
        groups: [],
      });
      await expect(
        createUser(appDb, { email: 'ann@example.com', passwordHash: null, now: NOW }),
      ).rejects.toMatchObject({ code: 'API_CONFLICT' });
      // Several API processes may start at once.
      await Promise.all([ensureDefaultGroups(appDb), ensureDefaultGroups(appDb)]);
      await ensureDefaultGroups(appDb);
      await addUserToGroup(appDb, user.id, 'Hackers');
      await grantUserPermission(appDb, user.id, 'manage_users');
      expect([...(await readUserPermissions(appDb, user.id))].sort()).toEqual([
        'manage_users',
        'reprocess_crashes',
        'view_pii',
        'view_rawdump',
      ]);
      await setGroupPermissions(appDb, 'Hackers', ['view_pii']);
      await revokeUserPermission(appDb, user.id, 'manage_users');
      expect([...(await readUserPermissions(appDb, user.id))]).toEqual(['view_pii']);
      await updateUser(appDb, user.id, { isSuperuser: true });
      expect((await readUserPermissions(appDb, user.id)).size).toBe(4);
      await updateUser(appDb, user.id, { isActive: false });
      expect((await readUserPermissions(appDb, user.id)).size).toBe(0);
      expect((await findUserByEmail(appDb, 'ANN@example.com'))?.groups).toEqual(['Hackers']);
      expect(await listGroups(appDb)).toEqual([
        {
          name: 'Hackers',
          description: expect.any(String),
          permissions: ['view_pii'],
          memberCount: 1,
        },
      ]);
      await expect(createGroup(appDb, 'Hackers', [])).rejects.toMatchObject({
        code: 'API_CONFLICT',
      });
    });

    it('finds tokens by secret only, lists them newest first and revokes them once', async () => {
      const user = await createUser(appDb, {
        email: 'tok@example.com',
        passwordHash: null,
        now: NOW,
      });
      const first = await createToken(appDb, {
        userId: user.id,
        permissions: ['view_pii', 'view_pii'],
        notes: 'a',
        now: NOW,
        expiresAt: new Date('2024-06-11T12:00:00Z'),
      });
      const second = await createToken(appDb, {
        userId: user.id,
        permissions: [],
        notes: 'b',
        now: new Date(NOW.getTime() + 1000),
        expiresAt: new Date('2024-06-11T12:00:00Z'),
      });
      expect(await findTokenBySecret(appDb, first.secret)).toMatchObject({
        id: first.token.id,
        permissions: ['view_pii'],
        revokedAt: null,
      });
      expect(await findTokenBySecret(appDb, first.token.id)).toBeUndefined();
      expect((await listTokens(appDb, user.id)).map((token) => token.notes)).toEqual(['b', 'a']);
      expect(await revokeToken(appDb, user.id, second.token.id, NOW)).toBe(true);
      expect(await revokeToken(appDb, user.id, second.token.id, NOW)).toBe(false);
      expect(await revokeToken(appDb, 'someone else', first.token.id, NOW)).toBe(false);
      expect((await findTokenBySecret(appDb, second.secret))?.revokedAt).toBe(NOW.toISOString());
    });

    it('keeps sessions until they expire', async () => {
      const user = await createUser(appDb, {
        email: 's@example.com',
        passwordHash: null,
        now: NOW,
      });
      const session = await createSession(appDb, {
        userId: user.id,
        now: NOW,
        expiresAt: new Date(NOW.getTime() + 1000),
      });
      expect(await findSession(appDb, session.secret, NOW)).toMatchObject({
        userId: user.id,
        csrfToken: session.csrfToken,
      });
      expect(
        await findSession(appDb, session.secret, new Date(NOW.getTime() + 1000)),
      ).toBeUndefined();
      expect(await deleteExpiredSessions(appDb, new Date(NOW.getTime() + 1000))).toBe(1);
    });

    it('links bugs and signatures both ways, with a bug’s other signatures', async () => {
      await associateBug(appDb, 1, ['A', 'B']);
      await associateBug(appDb, 2, ['B']);
      await associateBug(appDb, 3, ['C']);
      await associateBug(appDb, 1, ['A']);
      expect(await findBugsForSignatures(appDb, ['A'])).toEqual([
        { id: 1, signature: 'A' },
        { id: 1, signature: 'B' },
      ]);
      expect(await findSignaturesForBugs(appDb, [2, 3])).toEqual([
        { id: 2, signature: 'B' },
        { id: 3, signature: 'C' },
      ]);
      await dissociateBug(appDb, 1, ['B']);
      expect(await findSignaturesForBugs(appDb, [1])).toEqual([{ id: 1, signature: 'A' }]);
      await dissociateBug(appDb, 1);
      expect(await findSignaturesForBugs(appDb, [1])).toEqual([]);
    });

    it('keeps the earliest sighting of a signature', async () => {
      await recordSignatureSeen(appDb, {
        signature: 'S',
        date: '2024-03-02T00:00:00.000Z',
        buildId: '2',
      });
      await recordSignatureSeen(appDb, {
        signature: 'S',
        date: '2024-03-05T00:00:00.000Z',
        buildId: '5',
      });
      await recordSignatureSeen(appDb, {
        signature: 'S',
        date: '2024-03-01T00:00:00.000Z',
        buildId: '1',
      });
      expect(await findSignaturesFirstSeen(appDb, ['S', 'unknown'])).toEqual([
        { signature: 'S', firstDate: '2024-03-01T00:00:00.000Z', firstBuild: '1' },
      ]);
    });

    it('stores product versions once and lists version strings newest major first', async () => {
      const row = {
        product_name: 'Firefox',
        release_channel: 'beta',
        major_version: 51,
        release_version: '51.0',
        version_string: '51.0b5',
        build_id: '20161129164126',
        archive_url: null,
      };
      await saveProductVersions(appDb, [
        row,
        row,
        { ...row, major_version: 52, version_string: '52.0b1', build_id: '3' },
      ]);
      expect(
        await findProductVersions(appDb, {
          product: 'Firefox',
          channel: 'BETA',
          buildId: '20161129164126',
        }),
      ).toEqual([row]);
      expect(await listProductVersionStrings(appDb, 'Firefox')).toEqual(['52.0b1', '51.0b5']);
    });
  });
}
