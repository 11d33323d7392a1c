/**
 * Asks a Bugzilla REST API (`GET <base>/bug`) for the bugs created, or whose crash signature
 * field changed, since a day, with the reference's query (research/socorro-processor.md §7),
 * page by page (`limit`/`offset`, ordered by bug id). Network failures, 429 and 5xx answers
 * are retried after growing delays; other refusals and answers that are not a bug list fail
 * at once with BUGZILLA_FAILED.
 */
import { CairnError } from '@cairn/core';

/** Where Bugzilla is and how to talk to it. */
export interface BugzillaClientOptions {
  /** The REST base URL, such as `https://bugzilla.mozilla.org/rest`. */
  readonly baseUrl: string;
  /** Sent as `X-BUGZILLA-API-KEY` when not empty. */
  readonly apiKey: string;
  readonly fetch: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;
  /** Bugs per request. @defaultValue 500 */
  readonly pageSize?: number;
  /** Waits before each retry; one retry per entry. @defaultValue [1000, 5000, 15000] */
  readonly retryDelaysMs?: readonly number[];
  /** Time limit of one request. @defaultValue 30000 */
  readonly timeoutMs?: number;
}

/** A bug as the job needs it. */
export interface BugzillaBug {
  readonly id: number;
  /** The `cf_crash_signature` text; empty when the bug has none. */
  readonly crashSignature: string;
}

/** One page of bugs, with the entries that could not be read. */
export interface BugzillaPage {
  readonly bugs: readonly BugzillaBug[];
  /** Entries with no usable id, or a crash signature field that is not text. */
  readonly malformed: number;
}

const MAX_PAGES = 10_000;

/** The bugs created or whose crash signatures changed since `since` (a UTC day), page by page. */
export async function* listBugsWithChangedSignatures(
  options: BugzillaClientOptions,
  since: Date,
): AsyncIterable<BugzillaPage> {
  const pageSize = options.pageSize ?? 500;
  const seen = new Set<number>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = new URL(`${options.baseUrl}/bug`);
    url.searchParams.set('chfieldfrom', since.toISOString().slice(0, 10));
    url.searchParams.set('chfieldto', 'Now');
    url.searchParams.append('chfield', '[Bug creation]');
    url.searchParams.append('chfield', 'cf_crash_signature');
    url.searchParams.set('include_fields', 'id,cf_crash_signature');
    url.searchParams.set('order', 'bug_id');
    url.searchParams.set('limit', String(pageSize));
    url.searchParams.set('offset', String(page * pageSize));
    const entries = await fetchBugList(options, url);
    const read = readBugs(entries);
    // A server that ignores `offset` would otherwise send the same page forever.
    const fresh = read.bugs.filter((bug) => !seen.has(bug.id));
    for (const bug of fresh) seen.add(bug.id);
    yield { bugs: fresh, malformed: read.malformed };
    if (entries.length < pageSize || fresh.length === 0) return;
  }
  throw new CairnError('BUGZILLA_FAILED', `Bugzilla sent more than ${MAX_PAGES} pages of bugs`);
}

async function fetchBugList(options: BugzillaClientOptions, url: URL): Promise<unknown[]> {
  const delays = options.retryDelaysMs ?? [1000, 5000, 15000];
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.apiKey !== '') headers['X-BUGZILLA-API-KEY'] = options.apiKey;
  for (let attempt = 0; ; attempt++) {
    let failure: CairnError;
    try {
      const response = await options.fetch(url, {
        headers,
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const text = await response.text();
      if (response.ok) return readBugList(text);
      failure = new CairnError(
        'BUGZILLA_FAILED',
        `Bugzilla answered HTTP ${response.status}${describeBugzillaError(text)}`,
      );
      if (response.status !== 429 && response.status < 500) throw failure;
    } catch (error) {
      if (error instanceof CairnError) throw error;
      failure = new CairnError(
        'BUGZILLA_FAILED',
        `Could not reach Bugzilla at ${url.origin}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const delay = delays[attempt];
    if (delay === undefined) throw failure;
    await options.sleep(delay);
  }
}

/** The `bugs` list of an answer; BUGZILLA_FAILED when the answer is anything else. */
function readBugList(text: string): unknown[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new CairnError('BUGZILLA_FAILED', 'Bugzilla answered something that is not JSON');
  }
  if (isRecord(body) && body.error === true) {
    throw new CairnError(
      'BUGZILLA_FAILED',
      `Bugzilla refused the search${describeBugzillaError(text)}`,
    );
  }
  if (!isRecord(body) || !Array.isArray(body.bugs)) {
    throw new CairnError('BUGZILLA_FAILED', 'Bugzilla answered JSON without a "bugs" list');
  }
  return body.bugs;
}

function readBugs(entries: readonly unknown[]): { bugs: BugzillaBug[]; malformed: number } {
  const bugs: BugzillaBug[] = [];
  let malformed = 0;
  for (const entry of entries) {
    const id = isRecord(entry) ? readBugId(entry.id) : undefined;
    const field = isRecord(entry) ? (entry.cf_crash_signature ?? '') : undefined;
    if (id === undefined || typeof field !== 'string') malformed++;
    else bugs.push({ id, crashSignature: field });
  }
  return { bugs, malformed };
}

/** Bug ids arrive as numbers from Bugzilla and as digit strings from some proxies. */
function readBugId(value: unknown): number | undefined {
  const id = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** ` (code 306: The API key …)` from a Bugzilla error body, or nothing. */
function describeBugzillaError(text: string): string {
  try {
    const body = JSON.parse(text) as unknown;
    if (isRecord(body) && typeof body.message === 'string') {
      const code = typeof body.code === 'number' ? `code ${body.code}: ` : '';
      return ` (${code}${body.message.slice(0, 300)})`;
    }
  } catch {
    // Not JSON: the status says enough.
  }
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
