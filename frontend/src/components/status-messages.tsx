/** The loading and empty states every query shows, worded the same everywhere. */
import type { ReactNode } from 'react';

/** A polite "loading" line for screen readers and eyes. */
export function LoadingMessage({ what }: { readonly what: string }) {
  return (
    <p role="status" className="loading">
      Loading {what}…
    </p>
  );
}

/** What a query that found nothing shows. */
export function EmptyMessage({ children }: { readonly children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
