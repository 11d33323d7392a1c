/**
 * `cairn users create|grant|revoke|list|deactivate`: account administration straight on the
 * application database, for the first administrator and for operators. The password of a new
 * user is read from standard input (one line), never from the command line, which other users
 * of the machine can see.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import {
  OPERATOR_CALLER,
  adminCreateUser,
  adminGrant,
  adminListUsers,
  adminRevoke,
  adminSetUserActive,
  ensureDefaultGroups,
  isPermission,
  type AccountDependencies,
} from '@cairn/api';
import { CairnError, createAppDb, systemClock } from '@cairn/core';
import { readConfigOrExit } from '../read-config.js';

async function withAccounts(run: (deps: AccountDependencies) => Promise<void>): Promise<void> {
  const appDb = createAppDb(readConfigOrExit());
  try {
    await appDb.migrate();
    await ensureDefaultGroups(appDb);
    await run({ appDb, clock: systemClock });
  } catch (error) {
    if (!(error instanceof CairnError)) throw error;
    console.error(`cairn users: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await appDb.close();
  }
}

async function readPasswordLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** Splits names into permissions and groups. */
function grantsOf(names: readonly string[]): { permission?: string; group?: string }[] {
  return names.map((name) => (isPermission(name) ? { permission: name } : { group: name }));
}

/** Registers `cairn users`. */
export function registerUsersCommand(program: Command): void {
  const users = program
    .command('users')
    .description('Manage user accounts, permissions and groups');
  users
    .command('create <email>')
    .description('Create a user; the password is read from standard input')
    .option('--superuser', 'give the user every permission')
    .action((email: string, options: { superuser?: boolean }) =>
      withAccounts(async (deps) => {
        const password = await readPasswordLine();
        const user = await adminCreateUser(deps, OPERATOR_CALLER, {
          email,
          password,
          isSuperuser: options.superuser ?? false,
        });
        console.log(`created ${user.email}${user.isSuperuser ? ' (superuser)' : ''}`);
      }),
    );
  users
    .command('grant <email> <names...>')
    .description(
      'Grant permissions (view_pii, view_rawdump, reprocess_crashes, manage_users) or groups',
    )
    .action((email: string, names: string[]) =>
      withAccounts(async (deps) => {
        for (const grant of grantsOf(names))
          await adminGrant(deps, OPERATOR_CALLER, { email, ...grant });
        console.log(`granted ${names.join(', ')} to ${email}`);
      }),
    );
  users
    .command('revoke <email> <names...>')
    .description('Take permissions or group memberships away')
    .action((email: string, names: string[]) =>
      withAccounts(async (deps) => {
        for (const grant of grantsOf(names))
          await adminRevoke(deps, OPERATOR_CALLER, { email, ...grant });
        console.log(`revoked ${names.join(', ')} from ${email}`);
      }),
    );
  users
    .command('deactivate <email>')
    .description('Deactivate a user: sessions end, tokens stop working')
    .action((email: string) =>
      withAccounts(async (deps) => {
        await adminSetUserActive(deps, OPERATOR_CALLER, email, false);
        console.log(`deactivated ${email}`);
      }),
    );
  users
    .command('list')
    .description('List users with their groups and direct permissions')
    .action(() =>
      withAccounts(async (deps) => {
        for (const user of await adminListUsers(deps, OPERATOR_CALLER)) {
          const flags = [user.isSuperuser && 'superuser', !user.isActive && 'inactive'].filter(
            Boolean,
          );
          console.log(
            [
              user.email,
              `groups=${user.groups.join(',') || '-'}`,
              `permissions=${user.directPermissions.join(',') || '-'}`,
              ...flags,
            ].join('\t'),
          );
        }
      }),
    );
}
