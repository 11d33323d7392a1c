/** Sets the browser tab's title for the page shown ("Super Search – Cairn"). */
import { useEffect } from 'react';

/** Sets `document.title` while the caller is mounted. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Cairn` : 'Cairn';
  }, [title]);
}
