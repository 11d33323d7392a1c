/**
 * `bugassociations`: keeps the bug ↔ signature table in step with Bugzilla by polling (no
 * webhooks). Reads the bugs created, or whose `cf_crash_signature` changed, since the day of
 * the last success (the day before, on the first run) and makes each bug's stored links match
 * its field. Reads Bugzilla; writes `bug_associations`. Off while CAIRN_BUGZILLA_URL is empty.
 */
import { listBugsWithChangedSignatures } from '../bugzilla/bugzilla-client.js';
import { parseCrashSignatureField } from '../bugzilla/crash-signature-field.js';
import { syncBugSignatures } from '../bugzilla/sync-bug-signatures.js';
import type { CronJob } from '../cron-job.js';

const DAY_MS = 86_400_000;

/** The bug associations job. */
export const bugAssociationsJob: CronJob = {
  name: 'bugassociations',
  description:
    "Links bugs to crash signatures from Bugzilla's cf_crash_signature field, for bugs created or changed since the last success.",
  frequency: '1h',
  backfill: false,
  async run(deps, { runTime, lastSuccess }) {
    const { bugzillaUrl, bugzillaApiKey } = deps.config;
    if (bugzillaUrl === undefined) return 'skipped: CAIRN_BUGZILLA_URL is empty';
    const since = lastSuccess ?? new Date(runTime.getTime() - DAY_MS);
    const client = {
      baseUrl: bugzillaUrl,
      apiKey: bugzillaApiKey,
      fetch: deps.fetch,
      sleep: deps.sleep,
    };
    let bugs = 0;
    let malformed = 0;
    let added = 0;
    let removed = 0;
    for await (const page of listBugsWithChangedSignatures(client, since)) {
      malformed += page.malformed;
      for (const bug of page.bugs) {
        const counts = await syncBugSignatures(
          deps.appDb,
          bug.id,
          parseCrashSignatureField(bug.crashSignature),
        );
        bugs++;
        added += counts.added;
        removed += counts.removed;
      }
    }
    if (malformed > 0) deps.logger.warn({ malformed }, 'Bugzilla sent bugs that could not be read');
    return `${bugs} bugs read, ${added} links added, ${removed} removed, ${malformed} unreadable entries skipped`;
  },
};
