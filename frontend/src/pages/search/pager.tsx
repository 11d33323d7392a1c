/** Previous/next links for a paged list, with "a–b of N" (offset + page size stays ≤ 10,000). */
import { formatCount } from '../../format/format-count';
import { Link } from '../../routing/link';

/** The API's window: results past this offset cannot be read (Elasticsearch's max window). */
const MAX_RESULT_WINDOW = 10_000;

/** Props of Pager. */
export interface PagerProps {
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  /** The URL of a page. */
  readonly pageHref: (page: number) => string;
}

/** Renders the pager, or the count alone when everything fits on one page. */
export function Pager({ page, pageSize, total, pageHref }: PagerProps) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const lastPage = Math.max(1, Math.ceil(Math.min(total, MAX_RESULT_WINDOW) / pageSize));
  return (
    <nav className="pager" aria-label="Result pages">
      <span role="status">
        {total === 0
          ? 'No results'
          : `Results ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`}
        {lastPage > 1 && ` (page ${page} of ${formatCount(lastPage)})`}
      </span>
      {page > 1 && (
        <Link href={pageHref(page - 1)} rel="prev">
          ← Previous
        </Link>
      )}
      {page < lastPage && (
        <Link href={pageHref(page + 1)} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}
