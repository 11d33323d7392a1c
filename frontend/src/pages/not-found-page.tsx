/** What an unknown path shows. */
import { useDocumentTitle } from '../components/use-document-title';
import { Link } from '../routing/link';

/** The not-found page. */
export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Try <Link href="/search/">Super Search</Link> or the{' '}
        <Link href="/">list of products</Link>.
      </p>
    </section>
  );
}
