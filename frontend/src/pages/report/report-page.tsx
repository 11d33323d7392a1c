/** The crash report page (first version: summary only). */
import { useCrashQuery } from './use-crash-query';

/** Shows one crash, with loading, empty and error states. */
export function ReportPage({ crashId }: { crashId: string }) {
  const [{ data, fetching, error }] = useCrashQuery(crashId);
  if (fetching) return <p role="status">Loading crash {crashId}…</p>;
  if (error) return <p role="alert">Could not load the crash: {error.message}</p>;
  if (!data?.crash) return <p>Crash {crashId} is not processed yet, or does not exist.</p>;
  const { crash } = data;
  return (
    <section aria-labelledby="crash-title">
      <h1 id="crash-title">Crash {crash.crashId}</h1>
      <dl>
        <dt>Product</dt>
        <dd>{crash.product ?? '—'}</dd>
        <dt>Version</dt>
        <dd>{crash.version ?? '—'}</dd>
        <dt>Processed</dt>
        <dd>{crash.dateProcessed ?? '—'}</dd>
      </dl>
    </section>
  );
}
