/** Your profile: e-mail address, groups and every permission with Yes/No (§2.8). */
import { useDocumentTitle } from '../../components/use-document-title';
import { formatDateTime } from '../../format/format-date-time';
import { Link } from '../../routing/link';
import { useSession } from '../../session/session-context';

/** The profile page. */
export function ProfilePage() {
  useDocumentTitle('Your profile');
  const { me, isSignedIn, permissions } = useSession();
  if (!isSignedIn || !me.user) {
    return (
      <section className="narrow">
        <h1>Your profile</h1>
        <p>
          You are not logged in. <Link href="/login/?next=%2Fprofile%2F">Log in</Link> to see your
          permissions.
        </p>
      </section>
    );
  }
  const { user } = me;
  return (
    <section className="narrow">
      <h1>Your profile</h1>
      <dl className="details">
        <dt>E-mail address</dt>
        <dd>{user.email}</dd>
        <dt>Account created</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
        <dt>Last log-in</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'never'}</dd>
        <dt>Groups</dt>
        <dd>{user.groups.length > 0 ? user.groups.join(', ') : 'none'}</dd>
      </dl>
      <h2>Permissions</h2>
      {user.isSuperuser && <p>You are a superuser: you have every permission.</p>}
      <table className="permissions-table">
        <thead>
          <tr>
            <th scope="col">Permission</th>
            <th scope="col">Codename</th>
            <th scope="col">You have it</th>
          </tr>
        </thead>
        <tbody>
          {me.allPermissions.map((permission) => (
            <tr key={permission.codename}>
              <th scope="row">{permission.name}</th>
              <td>
                <code>{permission.codename}</code>
              </td>
              <td className={permissions.has(permission.codename) ? 'yes' : 'no'}>
                {permissions.has(permission.codename) ? 'Yes' : 'No'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href="/tokens/">Manage your API tokens</Link>
      </p>
    </section>
  );
}
