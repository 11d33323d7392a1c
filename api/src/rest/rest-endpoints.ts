/** Every Crash Stats endpoint Cairn serves, in the order of the API reference (docs/api.md). */
import { bugsEndpoint } from './endpoints/bugs.js';
import { crashVerifyEndpoint } from './endpoints/crash-verify.js';
import { missingProcessedCrashEndpoint } from './endpoints/missing-processed-crash.js';
import { platformsEndpoint } from './endpoints/platforms.js';
import { processedCrashEndpoint } from './endpoints/processed-crash.js';
import { rawCrashEndpoint } from './endpoints/raw-crash.js';
import { reprocessingEndpoint } from './endpoints/reprocessing.js';
import { signatureFirstDateEndpoint } from './endpoints/signature-first-date.js';
import { signaturesByBugsEndpoint } from './endpoints/signatures-by-bugs.js';
import { superSearchFieldsEndpoint } from './endpoints/super-search-fields.js';
import { superSearchUnredactedEndpoint } from './endpoints/super-search-unredacted.js';
import { superSearchEndpoint } from './endpoints/super-search.js';
import { versionStringEndpoint } from './endpoints/version-string.js';
import type { RestEndpoint } from './rest-endpoint.js';

/** The endpoints. */
export const REST_ENDPOINTS: readonly RestEndpoint[] = [
  superSearchEndpoint,
  superSearchUnredactedEndpoint,
  superSearchFieldsEndpoint,
  processedCrashEndpoint,
  rawCrashEndpoint,
  reprocessingEndpoint,
  bugsEndpoint,
  signaturesByBugsEndpoint,
  signatureFirstDateEndpoint,
  versionStringEndpoint,
  platformsEndpoint,
  missingProcessedCrashEndpoint,
  crashVerifyEndpoint,
];
