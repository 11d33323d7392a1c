/**
 * Top Crashers' URL state, in the reference's parameter names (`/topcrashers/?product=…&version=…
 * &process_type=…&days=…`), so saved Crash Stats links open the same report. Values outside the
 * reference's choices are reported and left at their defaults.
 */

/** The report's filters; undefined means the API's default. */
export interface TopCrashersParams {
  readonly product: string;
  readonly versions: readonly string[];
  readonly processType?: string;
  readonly platform?: string;
  readonly reportType?: string;
  readonly days?: number;
  readonly mode?: string;
  readonly rangeType?: string;
  readonly resultCount?: number;
}

/** The choices of each filter, default first (research/crashstats-webapp.md §2.6). */
export const TOP_CRASHERS_CHOICES = {
  processType: ['parent', 'any', 'content', 'gpu', 'plugin', 'rdd', 'socket', 'utility', 'other'],
  reportType: ['crash', 'any', 'hang'],
  days: [7, 1, 3, 14, 28],
  mode: ['realtime', 'byday'],
  rangeType: ['report', 'build'],
  resultCount: [50, 100, 200, 300],
} as const;

/** Parameter name of each filter. */
const PARAMETER = {
  processType: 'process_type',
  platform: 'platform',
  reportType: '_report_type',
  days: 'days',
  mode: '_tcbs_mode',
  rangeType: '_range_type',
  resultCount: '_facets_size',
} as const;

type ChoiceKey = keyof typeof TOP_CRASHERS_CHOICES;

/** The parsed parameters and the values that were ignored. */
export interface ParsedTopCrashersParams {
  readonly params: TopCrashersParams;
  readonly problems: readonly string[];
}

/** Parses a Top Crashers query string. */
export function parseTopCrashersParams(search: URLSearchParams): ParsedTopCrashersParams {
  const problems: string[] = [];
  const choice = <K extends ChoiceKey>(
    key: K,
  ): (typeof TOP_CRASHERS_CHOICES)[K][number] | undefined => {
    const raw = search.get(PARAMETER[key]);
    if (raw === null || raw === '') return undefined;
    const choices: readonly (string | number)[] = TOP_CRASHERS_CHOICES[key];
    const value = typeof choices[0] === 'number' ? Number(raw) : raw;
    if (!choices.includes(value)) {
      problems.push(
        `${PARAMETER[key]} must be one of ${choices.join(', ')}; "${raw}" was ignored.`,
      );
      return undefined;
    }
    return value as (typeof TOP_CRASHERS_CHOICES)[K][number];
  };
  const platform = search.get('platform') ?? '';
  const params: TopCrashersParams = {
    product: search.get('product') ?? '',
    versions: search.getAll('version').filter((version) => version !== ''),
    ...optional('processType', choice('processType')),
    ...(platform !== '' && { platform }),
    ...optional('reportType', choice('reportType')),
    ...optional('days', choice('days')),
    ...optional('mode', choice('mode')),
    ...optional('rangeType', choice('rangeType')),
    ...optional('resultCount', choice('resultCount')),
  };
  return { params, problems };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Formats the parameters as a query string (the inverse of parseTopCrashersParams). */
export function formatTopCrashersParams(params: TopCrashersParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.product !== '') search.append('product', params.product);
  for (const version of params.versions) search.append('version', version);
  for (const key of Object.keys(PARAMETER) as (keyof typeof PARAMETER)[]) {
    const value = params[key];
    if (value !== undefined) search.append(PARAMETER[key], String(value));
  }
  return search;
}

/** The GraphQL `TopCrashersInputType` for the parameters. */
export function toTopCrashersInput(params: TopCrashersParams): Record<string, unknown> {
  return {
    product: params.product,
    ...(params.versions.length > 0 && { versions: params.versions }),
    ...optional('processType', params.processType),
    ...optional('platform', params.platform),
    ...optional('reportType', params.reportType),
    ...optional('days', params.days),
    ...optional('mode', params.mode),
    ...optional('rangeType', params.rangeType),
    ...optional('resultCount', params.resultCount),
  };
}
