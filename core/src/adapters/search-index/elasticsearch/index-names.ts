/** Weekly index names from the configured prefix: `<prefix><YYYY><WW>`. */
import {
  retentionCutoff,
  weeklyIndexSuffix,
  weeklyIndexSuffixes,
} from '../../../search/weekly-index.js';

/** Names and selects the weekly crash indices of one prefix. */
export class IndexNames {
  private readonly pattern: RegExp;

  constructor(
    readonly prefix: string,
    private readonly retentionWeeks: number,
  ) {
    this.pattern = new RegExp(`^${prefix.replace(/[^a-z0-9]/g, '\\$&')}(\\d{6})$`);
  }

  /** The index a crash processed at `dateMs` goes into. */
  forDate(dateMs: number): string {
    return `${this.prefix}${weeklyIndexSuffix(dateMs)}`;
  }

  /** Every index a date range touches, without those past the retention period. */
  forRange(fromMs: number, toMs: number, nowMs: number): string[] {
    const oldestKept = weeklyIndexSuffix(retentionCutoff(nowMs, this.retentionWeeks));
    return weeklyIndexSuffixes(fromMs, toMs)
      .filter((suffix) => suffix >= oldestKept)
      .map((suffix) => `${this.prefix}${suffix}`);
  }

  /** Whether an index past the retention period, as of `nowMs`, should be deleted. */
  isExpired(index: string, nowMs: number): boolean {
    const suffix = this.pattern.exec(index)?.[1];
    if (suffix === undefined) return false;
    return suffix < weeklyIndexSuffix(retentionCutoff(nowMs, this.retentionWeeks));
  }

  /** A pattern matching every index of the prefix (and only those, once filtered). */
  get wildcard(): string {
    return `${this.prefix}*`;
  }

  /** Whether a name is one of this prefix's weekly indices. */
  owns(index: string): boolean {
    return this.pattern.test(index);
  }
}
