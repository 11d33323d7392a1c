/**
 * The browser URL as React state: pages read it with useLocation and change it with navigate,
 * which pushes a history entry, so back and forward move between pages and searches.
 */
import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'cairn:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** The parts of the current URL pages read. */
export interface CurrentLocation {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** The current location; re-renders the caller when it changes. */
export function useLocation(): CurrentLocation {
  const href = useSyncExternalStore(subscribe, () => window.location.href);
  const url = new URL(href);
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

/** Options of navigate. */
export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. @defaultValue false */
  readonly replace?: boolean;
}

/** Goes to `url` (same origin) without reloading the page. */
export function navigate(url: string, options: NavigateOptions = {}): void {
  const before = window.location.pathname;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  if (!options.replace && window.location.pathname !== before) window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
