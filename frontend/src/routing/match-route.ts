/**
 * The SPA's pages and the paths that lead to them. Paths are the reference's (Crash Stats), so
 * links people saved keep working; `/tokens/` replaces the reference's `/api/tokens/` because
 * `/api/` belongs to the REST API here.
 */

/** A page and what its path names. */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'product'; readonly product: string }
  | { readonly page: 'search' }
  | { readonly page: 'report'; readonly crashId: string }
  | { readonly page: 'signature' }
  | { readonly page: 'top-crashers' }
  | { readonly page: 'data-dictionary'; readonly field?: string }
  | { readonly page: 'login' }
  | { readonly page: 'profile' }
  | { readonly page: 'tokens' }
  | { readonly page: 'not-found' };

const EXACT_PATHS: Readonly<Record<string, Route>> = {
  '/': { page: 'home' },
  '/search/': { page: 'search' },
  '/signature/': { page: 'signature' },
  '/topcrashers/': { page: 'top-crashers' },
  '/documentation/datadictionary/': { page: 'data-dictionary' },
  '/login/': { page: 'login' },
  '/profile/': { page: 'profile' },
  '/tokens/': { page: 'tokens' },
};

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The route for a URL path; a missing trailing slash is accepted, as Django redirects it. */
export function matchRoute(pathname: string): Route {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const exact = EXACT_PATHS[path];
  if (exact) return exact;
  const report = /^\/report\/index\/([^/]+)\/$/.exec(path);
  if (report) {
    const crashId = decodeSegment(report[1]!);
    if (crashId) return { page: 'report', crashId };
  }
  const product = /^\/home\/product\/([^/]+)\/$/.exec(path);
  if (product) {
    const name = decodeSegment(product[1]!);
    if (name) return { page: 'product', product: name };
  }
  const field = /^\/documentation\/datadictionary\/(?:[a-z_]+\/)?([^/]+)\/$/.exec(path);
  if (field) {
    const name = decodeSegment(field[1]!);
    if (name) return { page: 'data-dictionary', field: name };
  }
  return { page: 'not-found' };
}

/** The path of a crash's report page. */
export function reportPath(crashId: string): string {
  return `/report/index/${encodeURIComponent(crashId)}`;
}

/** The URL of a signature's report page, with extra query parameters. */
export function signaturePath(signature: string, extra?: URLSearchParams): string {
  const params = new URLSearchParams({ signature });
  for (const [key, value] of extra ?? []) if (key !== 'signature') params.append(key, value);
  return `/signature/?${params}`;
}

/** The path of a product's home page. */
export function productPath(product: string): string {
  return `/home/product/${encodeURIComponent(product)}`;
}

/** The path of a field's data-dictionary entry. */
export function dataDictionaryPath(field?: string): string {
  return field
    ? `/documentation/datadictionary/${encodeURIComponent(field)}/`
    : '/documentation/datadictionary/';
}
