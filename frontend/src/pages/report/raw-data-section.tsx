/**
 * Raw data and dumps (§2.4): the JSON documents with view_pii, one download per dump with
 * view_rawdump. The page renders this tab only for callers with one of them.
 */
import type { ReportCrash } from './build-crash-query';

/** Props of RawDataSection. */
export interface RawDataSectionProps {
  readonly crash: ReportCrash;
  readonly canViewPii: boolean;
}

/** Renders the links. */
export function RawDataSection({ crash, canViewPii }: RawDataSectionProps) {
  const id = encodeURIComponent(crash.crashId);
  return (
    <>
      {canViewPii && (
        <>
          <h3>JSON documents</h3>
          <ul>
            <li>
              <a href={`/api/RawCrash/?crash_id=${id}`}>Raw crash (annotations)</a>
            </li>
            <li>
              <a href={`/api/ProcessedCrash/?crash_id=${id}`}>Processed crash</a>
            </li>
          </ul>
        </>
      )}
      {crash.dumps && (
        <>
          <h3>Dumps</h3>
          {crash.dumps.length === 0 ? (
            <p className="empty">This crash has no dumps.</p>
          ) : (
            <ul className="dump-links">
              {crash.dumps.map((dump) => (
                <li key={dump.name}>
                  <a href={dump.url} download>
                    {dump.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
