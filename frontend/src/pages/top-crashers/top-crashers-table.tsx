/**
 * The Top Crashers table (§2.6): rank and its movement, share and its change against the
 * previous window, signature, count, per-platform counts, installs, GC count, startup and
 * process flags, first appearance and bugs.
 */
import { formatCount } from '../../format/format-count';
import { formatDate } from '../../format/format-date-time';
import { formatPercentChange, formatPercentValue } from '../../format/format-percent';
import { Link } from '../../routing/link';
import type { TopCrasher } from './top-crashers-query';

/** The reference shows rank movement only from this many places on. */
const NOTABLE_RANK_CHANGE = 5;

const STARTUP_FLAG: Record<string, { label: string; title: string } | undefined> = {
  all: { label: 'startup', title: 'Every crash of this signature was flagged as a startup crash' },
  some: {
    label: 'potential startup',
    title: 'Some crashes of this signature were flagged as startup crashes',
  },
};

function Flags({ crasher }: { readonly crasher: TopCrasher }) {
  const startup = STARTUP_FLAG[crasher.startupCrashFlag];
  return (
    <ul className="flags">
      {startup && (
        <li className={`flag flag-startup-${crasher.startupCrashFlag}`} title={startup.title}>
          {startup.label}
        </li>
      )}
      {crasher.isStartupByUptime && (
        <li
          className="flag flag-uptime"
          title="More than half of the crashes happened in the first minute"
        >
          early (&lt;1 min)
        </li>
      )}
      <li
        className="flag"
        title={
          crasher.hasPluginCrashes ? 'Some crashes were in a plugin process' : 'Browser crashes'
        }
      >
        {crasher.hasPluginCrashes ? 'plugin' : 'browser'}
      </li>
    </ul>
  );
}

/** Props of TopCrashersTable. */
export interface TopCrashersTableProps {
  readonly crashers: readonly TopCrasher[];
  /** Platform short names for the count columns (win, mac, lin). */
  readonly platforms: readonly string[];
  /** The link of a signature's report, with the report's window and filters. */
  readonly signatureHref: (signature: string) => string;
}

/** Renders the table. */
export function TopCrashersTable({ crashers, platforms, signatureHref }: TopCrashersTableProps) {
  return (
    <div className="table-scroll">
      <table className="top-crashers-table">
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">%</th>
            <th scope="col">Diff</th>
            <th scope="col">Signature</th>
            <th scope="col" className="number">
              Count
            </th>
            {platforms.map((platform) => (
              <th key={platform} scope="col" className="number">
                {platform}
              </th>
            ))}
            <th scope="col" className="number">
              Installs
            </th>
            <th scope="col" className="number">
              Is GC
            </th>
            <th scope="col">Flags</th>
            <th scope="col">First appearance</th>
            <th scope="col">Bugs</th>
          </tr>
        </thead>
        <tbody>
          {crashers.map((crasher) => {
            const counts = new Map(
              crasher.platformCounts.map((entry) => [entry.platform, entry.count]),
            );
            const movement = crasher.rankChange ?? 0;
            return (
              <tr key={crasher.signature}>
                <td className="number">
                  {crasher.rank}
                  {Math.abs(movement) >= NOTABLE_RANK_CHANGE && (
                    <span
                      className={movement > 0 ? 'rank-up' : 'rank-down'}
                      title={`Rank ${crasher.previousRank} in the previous window`}
                    >
                      {' '}
                      {movement > 0 ? `↑${movement}` : `↓${-movement}`}
                    </span>
                  )}
                </td>
                <td className="number">{formatPercentValue(crasher.percentOfTotal)}</td>
                <td className="number">
                  {crasher.isNew ? (
                    <span className="badge new">new</span>
                  ) : (
                    formatPercentChange(crasher.percentChange ?? 0)
                  )}
                </td>
                <td className="signature">
                  <Link href={signatureHref(crasher.signature)}>{crasher.signature}</Link>
                </td>
                <td className="number">{formatCount(crasher.count)}</td>
                {platforms.map((platform) => (
                  <td key={platform} className="number">
                    {formatCount(counts.get(platform) ?? 0)}
                  </td>
                ))}
                <td className="number">{formatCount(crasher.installCount)}</td>
                <td className="number">{formatCount(crasher.garbageCollectingCount)}</td>
                <td>
                  <Flags crasher={crasher} />
                </td>
                <td>{crasher.firstSeenDate ? formatDate(crasher.firstSeenDate) : '—'}</td>
                <td>
                  {crasher.bugIds.length > 0
                    ? crasher.bugIds.map((id) => `bug ${id}`).join(', ')
                    : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
