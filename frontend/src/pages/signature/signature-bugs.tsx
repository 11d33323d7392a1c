/** The Bugzilla tab (§2.5): bugs linked to this signature, each with the other signatures it covers. */
import { EmptyMessage } from '../../components/status-messages';
import { Link } from '../../routing/link';
import { signaturePath } from '../../routing/match-route';

/** Props of SignatureBugs. */
export interface SignatureBugsProps {
  readonly signature: string;
  readonly bugs: readonly { readonly id: number; readonly signature: string }[];
}

/** Renders the bugs. */
export function SignatureBugs({ signature, bugs }: SignatureBugsProps) {
  const byBug = new Map<number, string[]>();
  for (const link of bugs) byBug.set(link.id, [...(byBug.get(link.id) ?? []), link.signature]);
  if (byBug.size === 0) return <EmptyMessage>No bug is linked to this signature.</EmptyMessage>;
  return (
    <ul className="bug-list">
      {[...byBug]
        .sort((a, b) => b[0] - a[0])
        .map(([id, signatures]) => {
          const related = signatures.filter((entry) => entry !== signature);
          return (
            <li key={id}>
              <strong>Bug {id}</strong>
              {related.length > 0 && (
                <>
                  {' '}
                  — also:{' '}
                  {related.map((entry, index) => (
                    <span key={entry}>
                      {index > 0 && ', '}
                      <Link href={signaturePath(entry)}>{entry}</Link>
                    </span>
                  ))}
                </>
              )}
            </li>
          );
        })}
    </ul>
  );
}
