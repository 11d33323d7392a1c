/**
 * Reads the product-version source (CAIRN_PRODUCT_VERSIONS_SOURCE): a JSON list of released
 * builds, from an http(s) URL or a file. Each row names a product, a channel, a build id and
 * the version string that build shipped as (docs/cron.md shows the format). Any bad row
 * rejects the whole source with PRODUCT_VERSIONS_INVALID naming the row and field, so a
 * half-broken list is never half imported.
 */
import { readFile } from 'node:fs/promises';
import { CairnError, type ProductVersionTable } from '@cairn/core';

const MAX_PROBLEMS_SHOWN = 5;

/** Reads and checks the source; the rows as the `product_versions` table stores them. */
export async function readProductVersionsSource(
  source: string,
  fetchSource: typeof fetch,
): Promise<ProductVersionTable[]> {
  const text = /^https?:\/\//.test(source)
    ? await fetchText(source, fetchSource)
    : await readText(source);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw invalid(`it is not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(body)) throw invalid('it must be a JSON list of builds');
  const rows: ProductVersionTable[] = [];
  const problems: string[] = [];
  body.forEach((entry: unknown, index) => {
    const row = readRow(entry);
    if (typeof row === 'string') problems.push(`row ${index + 1}: ${row}`);
    else rows.push(row);
  });
  if (problems.length > 0) {
    const more =
      problems.length > MAX_PROBLEMS_SHOWN
        ? ` (and ${problems.length - MAX_PROBLEMS_SHOWN} more)`
        : '';
    throw invalid(`${problems.slice(0, MAX_PROBLEMS_SHOWN).join('; ')}${more}`);
  }
  return rows;
}

function invalid(reason: string): CairnError {
  return new CairnError(
    'PRODUCT_VERSIONS_INVALID',
    `The product-version source is unusable: ${reason}`,
  );
}

async function fetchText(url: string, fetchSource: typeof fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchSource(url, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw invalid(`${new URL(url).origin} could not be reached (${(error as Error).message})`);
  }
  if (!response.ok) throw invalid(`${new URL(url).origin} answered HTTP ${response.status}`);
  return response.text();
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw invalid(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** A table row, or what is wrong with the entry. */
function readRow(entry: unknown): ProductVersionTable | string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return 'must be an object';
  }
  const fields = entry as Record<string, unknown>;
  for (const name of ['product', 'channel', 'version'] as const) {
    if (typeof fields[name] !== 'string' || fields[name].trim() === '') {
      return `${name} must be a non-empty text`;
    }
  }
  const buildId = typeof fields.build_id === 'number' ? String(fields.build_id) : fields.build_id;
  if (typeof buildId !== 'string' || !/^\d{1,30}$/.test(buildId)) {
    return `build_id must be digits (got ${JSON.stringify(fields.build_id)})`;
  }
  const version = fields.version as string;
  const major = fields.major_version ?? Number(/^\d+/.exec(version)?.[0]);
  if (typeof major !== 'number' || !Number.isSafeInteger(major) || major < 0) {
    return 'major_version must be a whole number (or version must start with one)';
  }
  const releaseVersion = fields.release_version ?? version;
  if (typeof releaseVersion !== 'string') return 'release_version must be text';
  const archiveUrl = fields.archive_url ?? null;
  if (archiveUrl !== null && typeof archiveUrl !== 'string') return 'archive_url must be text';
  return {
    product_name: fields.product as string,
    // The VersionString lookup matches channels lower-cased, as the reference does.
    release_channel: (fields.channel as string).toLowerCase(),
    major_version: major,
    release_version: releaseVersion,
    version_string: version,
    build_id: buildId,
    archive_url: archiveUrl,
  };
}
