/**
 * The top of the report (§2.4 "Details"): signature with links to its report and to a search,
 * then the fields people read first, in the reference's order.
 */
import type { Catalog } from '../../catalog/use-catalog';
import { Link } from '../../routing/link';
import { signaturePath } from '../../routing/match-route';
import type { ReportCrash } from './build-crash-query';
import { FieldRow } from './field-row';

/** The summary's fields, by Crash Stats name, in display order; fields the catalog lacks are skipped. */
const SUMMARY_FIELDS = [
  'uuid',
  'date',
  'uptime',
  'last_crash',
  'install_age',
  'product',
  'release_channel',
  'version',
  'build_id',
  'platform',
  'platform_pretty_version',
  'cpu_arch',
  'cpu_info',
  'cpu_count',
  'process_type',
  'remote_type',
  'reason',
  'address',
  'moz_crash_reason',
  'moz_crash_reason_raw',
  'crashing_thread',
  'crashing_thread_name',
  'thread_count',
  'startup_crash',
  'url',
  'user_comments',
  'total_virtual_memory',
  'available_virtual_memory',
  'total_physical_memory',
  'available_physical_memory',
  'system_memory_use_percentage',
  'oom_allocation_size',
  'app_notes',
];

/** Props of CrashSummary. */
export interface CrashSummaryProps {
  readonly crash: ReportCrash;
  readonly catalog: Catalog;
}

/** Renders the summary table. */
export function CrashSummary({ crash, catalog }: CrashSummaryProps) {
  const fields = crash.fields ?? {};
  const signature = typeof fields.signature === 'string' ? fields.signature : null;
  return (
    <div className="table-scroll">
      <table className="details-table summary-table">
        <tbody>
          {signature !== null && (
            <tr data-field="signature">
              <th scope="row">Signature</th>
              <td>
                <span className="signature-text">{signature}</span>{' '}
                <Link href={signaturePath(signature)}>More reports</Link>{' '}
                <Link href={`/search/?${new URLSearchParams({ signature: `=${signature}` })}`}>
                  Search
                </Link>
              </td>
            </tr>
          )}
          {SUMMARY_FIELDS.map((name) => {
            const field = catalog.byName.get(name);
            if (!field || !catalog.canUse(name)) return null;
            return <FieldRow key={name} field={field} value={fields[field.graphqlName]} />;
          })}
        </tbody>
      </table>
    </div>
  );
}
