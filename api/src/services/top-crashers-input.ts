/** The inputs of Top Crashers and how they become a time window and a filter (§2.6). */
import { CairnError, type SearchFilter } from '@cairn/core';

/** Process types Top Crashers can pick; `other` is "none of the known ones", `any` no filter. */
export const TOP_CRASHERS_PROCESS_TYPES = [
  'any',
  'parent',
  'content',
  'gpu',
  'plugin',
  'rdd',
  'socket',
  'utility',
  'other',
] as const;

/** Allowed window lengths in days (the reference's). */
export const TOP_CRASHERS_DAYS = [1, 3, 7, 14, 28] as const;

/** Allowed result counts (the reference's). */
export const TOP_CRASHERS_RESULT_COUNTS = [50, 100, 200, 300] as const;

/** What the caller chooses. */
export interface TopCrashersInput {
  readonly product: string;
  readonly versions?: readonly string[];
  /** @defaultValue 'parent' */
  readonly processType?: (typeof TOP_CRASHERS_PROCESS_TYPES)[number];
  /** A platform name (`Windows`…); all when absent. */
  readonly platform?: string;
  /** @defaultValue 'crash' */
  readonly reportType?: 'any' | 'crash' | 'hang';
  /** @defaultValue 7 */
  readonly days?: number;
  /** `realtime`: the window ends now; `byday`: at today's 00:00 UTC. @defaultValue 'realtime' */
  readonly mode?: 'realtime' | 'byday';
  /** Count crashes by report date or by build date. @defaultValue 'report' */
  readonly rangeType?: 'report' | 'build';
  /** @defaultValue 50 */
  readonly resultCount?: number;
}

/** The window and the one before it. */
export interface TopCrashersWindow {
  readonly start: Date;
  readonly end: Date;
  readonly previousStart: Date;
}

function checkChoice(name: string, value: string | undefined, choices: readonly string[]): void {
  if (value !== undefined && !choices.includes(value)) {
    throw new CairnError('BAD_REQUEST', `${name} must be one of ${choices.join(', ')}`);
  }
}

/** Checks the input and computes its window. */
export function topCrashersWindow(input: TopCrashersInput, now: Date): TopCrashersWindow {
  checkChoice('processType', input.processType, TOP_CRASHERS_PROCESS_TYPES);
  checkChoice('reportType', input.reportType, ['any', 'crash', 'hang']);
  checkChoice('mode', input.mode, ['realtime', 'byday']);
  checkChoice('rangeType', input.rangeType, ['report', 'build']);
  const days = input.days ?? 7;
  if (!(TOP_CRASHERS_DAYS as readonly number[]).includes(days)) {
    throw new CairnError('BAD_REQUEST', `days must be one of ${TOP_CRASHERS_DAYS.join(', ')}`);
  }
  const resultCount = input.resultCount ?? 50;
  if (!(TOP_CRASHERS_RESULT_COUNTS as readonly number[]).includes(resultCount)) {
    throw new CairnError(
      'BAD_REQUEST',
      `the result count must be one of ${TOP_CRASHERS_RESULT_COUNTS.join(', ')}`,
    );
  }
  const end =
    input.mode === 'byday'
      ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
      : now;
  const lengthMs = days * 86_400_000;
  const start = new Date(end.getTime() - lengthMs);
  return { start, end, previousStart: new Date(start.getTime() - lengthMs) };
}

/** `YYYYMMDDhhmmss` as a number, the shape of build ids. */
function toBuildId(date: Date): number {
  return Number(date.toISOString().replace(/[-T:]/g, '').slice(0, 14));
}

/** The filter of one window: product, versions, process and report type, platform, builds. */
export function buildTopCrashersFilter(
  input: TopCrashersInput,
  from: Date,
  to: Date,
): SearchFilter | undefined {
  const condition = (
    field: string,
    operator: 'is' | 'matches' | 'gte' | 'lt',
    value: string | number,
  ): SearchFilter => ({
    kind: 'condition',
    field,
    operator,
    value,
  });
  const filters: SearchFilter[] = [condition('product', 'matches', input.product)];
  if (input.versions && input.versions.length > 0) {
    filters.push({
      kind: 'or',
      filters: input.versions.map((version) => condition('version', 'matches', version)),
    });
  }
  const processType = input.processType ?? 'parent';
  if (processType === 'other') {
    const known = TOP_CRASHERS_PROCESS_TYPES.filter((type) => type !== 'any' && type !== 'other');
    filters.push({
      kind: 'not',
      filter: { kind: 'or', filters: known.map((type) => condition('process_type', 'is', type)) },
    });
  } else if (processType !== 'any') {
    filters.push(condition('process_type', 'is', processType));
  }
  if (input.platform) filters.push(condition('platform', 'matches', input.platform));
  const reportType = input.reportType ?? 'crash';
  if (reportType !== 'any') filters.push(condition('report_type', 'is', reportType));
  if (input.rangeType === 'build') {
    filters.push(
      condition('build_id', 'gte', toBuildId(from)),
      condition('build_id', 'lt', toBuildId(to)),
    );
  }
  return filters.length === 1 ? filters[0] : { kind: 'and', filters };
}
