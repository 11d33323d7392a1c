/** The form that creates an API token with a subset of your permissions, notes and an expiry. */
import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { CopyBox } from '../../components/copy-box';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { useSession } from '../../session/session-context';
import { CREATE_API_TOKEN_MUTATION } from './token-queries';

const MAX_NOTES_LENGTH = 2000;

/** Props of CreateTokenForm. */
export interface CreateTokenFormProps {
  /** Called after a token was created, to reload the list. */
  readonly onCreated: () => void;
}

/** Renders the form and, after creating, the secret. */
export function CreateTokenForm({ onCreated }: CreateTokenFormProps) {
  const { me, permissions } = useSession();
  const notesId = useId();
  const expiryId = useId();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState('');
  const [expiresInDays, setExpiresInDays] = useState('');
  const [{ fetching, error, data }, createToken] = useMutation(CREATE_API_TOKEN_MUTATION);
  const ownPermissions = me.allPermissions.filter((permission) =>
    permissions.has(permission.codename),
  );
  const secret = data?.createApiToken.secret;

  return (
    <section aria-labelledby="create-token-title">
      <h2 id="create-token-title">Create a token</h2>
      <form
        className="stacked-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const days = Number(expiresInDays);
          const result = await createToken({
            permissions: [...chosen],
            ...(notes.trim() !== '' && { notes: notes.trim() }),
            ...(expiresInDays !== '' && { expiresInDays: days }),
          });
          if (!result.error) {
            setChosen(new Set());
            setNotes('');
            onCreated();
          }
        }}
      >
        <fieldset>
          <legend>Permissions (a token can carry only permissions you have)</legend>
          {ownPermissions.length === 0 && (
            <p className="hint">You have no permissions; the token can read public data.</p>
          )}
          {ownPermissions.map((permission) => (
            <label key={permission.codename} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(permission.codename)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(permission.codename);
                  else next.delete(permission.codename);
                  setChosen(next);
                }}
              />
              {permission.name} <code>{permission.codename}</code>
            </label>
          ))}
        </fieldset>
        <label htmlFor={notesId}>Notes (what the token is for)</label>
        <textarea
          id={notesId}
          maxLength={MAX_NOTES_LENGTH}
          rows={2}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
        />
        <label htmlFor={expiryId}>Expires after (days; empty for the site default)</label>
        <input
          id={expiryId}
          type="number"
          min={1}
          max={3650}
          value={expiresInDays}
          onChange={(event) => setExpiresInDays(event.target.value)}
        />
        <button type="submit" disabled={fetching}>
          {fetching ? 'Creating…' : 'Create token'}
        </button>
      </form>
      {error && <GraphqlErrorMessage error={error} what="the new token" />}
      {secret && (
        <div className="new-token" role="status">
          <p>
            <strong>Your new token.</strong> Copy it now: it is shown only once.
          </p>
          <CopyBox label="Token" text={secret} rows={1} />
          <CopyBox
            label="Example"
            text={`curl -H 'Auth-Token: ${secret}' '${window.location.origin}/api/SuperSearch/?_results_number=1'`}
            rows={2}
          />
        </div>
      )}
    </section>
  );
}
