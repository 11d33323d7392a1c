/**
 * The Summary tab (§2.5): crash count and first appearance, then tables with count and share
 * for products, versions, platforms, process types, uptime ranges and the rest of the facets.
 */
import { FacetTable } from '../../components/facet-table';
import { formatCount } from '../../format/format-count';
import { formatDate } from '../../format/format-date-time';
import { formatPercent } from '../../format/format-percent';
import type { SignatureReport } from './signature-queries';

const FACET_TITLES: Record<string, string> = {
  product: 'Products',
  version: 'Versions',
  platform: 'Operating systems',
  platform_pretty_version: 'Operating system versions',
  process_type: 'Process types',
  cpu_arch: 'Architectures',
  android_model: 'Mobile devices',
};

/** Renders the summary. */
export function SignatureSummary({ report }: { readonly report: SignatureReport }) {
  const installs = report.aggregations.find(
    (aggregation) => aggregation.key === 'cardinality_install_time',
  );
  const facets = report.aggregations.filter((aggregation) => aggregation.kind === 'TERMS');
  return (
    <>
      <dl className="details">
        <dt>Crashes</dt>
        <dd>{formatCount(report.total)}</dd>
        {installs && (
          <>
            <dt>Installations (approximate)</dt>
            <dd>{formatCount(installs.value ?? 0)}</dd>
          </>
        )}
        <dt>First seen</dt>
        <dd>
          {report.firstSeenDate ? formatDate(report.firstSeenDate) : 'unknown'}
          {report.firstSeenBuild && ` (build ${report.firstSeenBuild})`}
        </dd>
      </dl>
      <div className="facet-grid">
        {facets.map((facet) => (
          <FacetTable
            key={facet.key}
            caption={FACET_TITLES[facet.key] ?? facet.key}
            rows={facet.buckets}
            total={report.total}
          />
        ))}
        <div className="table-scroll">
          <table className="facet-table">
            <caption>Uptime ranges</caption>
            <thead>
              <tr>
                <th scope="col">Uptime</th>
                <th scope="col" className="number">
                  Count
                </th>
                <th scope="col" className="number">
                  %
                </th>
              </tr>
            </thead>
            <tbody>
              {report.uptimeRanges.map((range) => (
                <tr key={range.label}>
                  <td>{range.label}</td>
                  <td className="number">{formatCount(range.count)}</td>
                  <td className="number">{formatPercent(range.count, report.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
