import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Command } from 'commander';
import { createSqliteAppDb } from '@cairn/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerUsersCommand } from '../../src/commands/users.js';

let printed: string[];
let errors: string[];
let directory: string;

beforeEach(async () => {
  printed = [];
  errors = [];
  directory = await mkdtemp(path.join(tmpdir(), 'cairn-users-'));
  vi.stubEnv('CAIRN_DATA_DIR', directory);
  vi.stubEnv('CAIRN_DATABASE_URL', '');
  vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
  process.exitCode = undefined;
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  await rm(directory, { recursive: true, force: true });
});

async function users(stdin: string, ...args: string[]): Promise<void> {
  vi.spyOn(process, 'stdin', 'get').mockReturnValue(
    Readable.from([stdin]) as unknown as typeof process.stdin,
  );
  const program = new Command().exitOverride();
  registerUsersCommand(program);
  await program.parseAsync(['users', ...args], { from: 'user' });
}

describe('cairn users', () => {
  it('creates the first administrator with the password from standard input, hashed', async () => {
    await users('a long admin password\n', 'create', 'Admin@Example.com', '--superuser');
    expect(printed).toEqual(['created admin@example.com (superuser)']);
    const appDb = createSqliteAppDb(path.join(directory, 'cairn.sqlite'));
    try {
      const rows = await appDb.db
        .selectFrom('users')
        .select(['email', 'password_hash', 'is_superuser'])
        .execute();
      expect(rows).toEqual([
        {
          email: 'admin@example.com',
          password_hash: expect.stringMatching(/^\$argon2id\$/),
          is_superuser: 1,
        },
      ]);
    } finally {
      await appDb.close();
    }
  });

  it('grants and revokes permissions and groups, and lists users', async () => {
    await users('another long password\n', 'create', 'ann@example.com');
    await users('', 'grant', 'ann@example.com', 'view_pii', 'Hackers');
    await users('', 'list');
    expect(printed.at(-1)).toBe('ann@example.com\tgroups=Hackers\tpermissions=view_pii');
    await users('', 'revoke', 'ann@example.com', 'Hackers');
    await users('', 'deactivate', 'ann@example.com');
    await users('', 'list');
    expect(printed.at(-1)).toBe('ann@example.com\tgroups=-\tpermissions=view_pii\tinactive');
  });

  it('names the problem and fails for short passwords, unknown users and unknown groups', async () => {
    await users('short\n', 'create', 'bob@example.com');
    expect(errors).toEqual(['cairn users: A password needs at least 12 characters']);
    expect(process.exitCode).toBe(1);
    await users('', 'grant', 'nobody@example.com', 'view_pii');
    expect(errors.at(-1)).toBe('cairn users: No user with the e-mail address nobody@example.com');
    await users('a long enough password\n', 'create', 'bob@example.com');
    await users('', 'grant', 'bob@example.com', 'Hakers');
    expect(errors.at(-1)).toBe('cairn users: No group named Hakers');
  });
});
