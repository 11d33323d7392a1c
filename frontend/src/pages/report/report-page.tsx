/**
 * The crash report (§2.4): summary, the crashing thread and all others, modules, annotations,
 * every field, processor notes, raw data and dumps with permission, and reprocessing with
 * permission. A crash not processed yet is asked for with priority and reloaded until ready.
 * The selected tab is kept in the URL hash (`#tab-modules`), as the reference does.
 */
import { useCallback } from 'react';
import { useCatalog, type Catalog } from '../../catalog/use-catalog';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';
import { LoadingMessage } from '../../components/status-messages';
import { Tabs, type Tab } from '../../components/tabs';
import { useDocumentTitle } from '../../components/use-document-title';
import { navigate, useLocation } from '../../routing/navigation';
import { useSession, type Session } from '../../session/session-context';
import { AllFieldsTable } from './all-fields-table';
import { AnnotationsSection } from './annotations-section';
import type { ReportCrash } from './build-crash-query';
import { CrashSummary } from './crash-summary';
import { ModulesTable } from './modules-table';
import { PendingCrash } from './pending-crash';
import { RawDataSection } from './raw-data-section';
import { ReprocessButton } from './reprocess-button';
import { ThreadsSection } from './threads-section';
import { useCrashQuery } from './use-crash-query';

function reportTabs(crash: ReportCrash, catalog: Catalog, session: Session): Tab[] {
  const canViewPii = session.has('view_pii');
  const tabs: Tab[] = [
    {
      id: 'details',
      title: 'Details',
      render: () => (
        <>
          <CrashSummary crash={crash} catalog={catalog} />
          <ThreadsSection threads={crash.threads} />
        </>
      ),
    },
    {
      id: 'modules',
      title: `Modules (${crash.modules.length})`,
      render: () => <ModulesTable modules={crash.modules} />,
    },
    {
      id: 'annotations',
      title: 'Crash Annotations',
      render: () => (
        <AnnotationsSection
          publicAnnotations={crash.publicAnnotations}
          protectedAnnotations={crash.protectedAnnotations}
        />
      ),
    },
    {
      id: 'metadata',
      title: 'All Fields',
      render: () => <AllFieldsTable fields={crash.fields} catalog={catalog} />,
    },
    {
      id: 'debug',
      title: 'Processor Notes',
      render: () =>
        crash.processorNotes.length === 0 ? (
          <p className="empty">The processor left no notes.</p>
        ) : (
          <ul className="processor-notes">
            {crash.processorNotes.map((note, index) => (
              <li key={index}>
                <code>{note}</code>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  if (canViewPii || session.has('view_rawdump')) {
    tabs.push({
      id: 'raw',
      title: 'Raw Data and Minidumps',
      render: () => <RawDataSection crash={crash} canViewPii={canViewPii} />,
    });
  }
  return tabs;
}

function ProcessedReport({
  crash,
  catalog,
}: {
  readonly crash: ReportCrash;
  readonly catalog: Catalog;
}) {
  const session = useSession();
  const location = useLocation();
  const fields = crash.fields ?? {};
  const product = typeof fields.product === 'string' ? fields.product : '';
  const version = typeof fields.version === 'string' ? fields.version : '';
  const signature = typeof fields.signature === 'string' ? fields.signature : '';
  const selected = location.hash.startsWith('#tab-')
    ? location.hash.slice('#tab-'.length)
    : 'details';
  return (
    <article className="report">
      <header className="report-header">
        <h1>
          {product} {version} Crash Report{' '}
          {signature && <span className="signature-text">[@ {signature}]</span>}
        </h1>
        <p className="crash-id">
          Crash ID: <code>{crash.crashId}</code>
        </p>
        <p
          className={session.has('view_pii') ? 'banner banner-protected' : 'banner banner-public'}
          role="note"
        >
          {session.has('view_pii')
            ? 'You are seeing public and protected data.'
            : 'You are seeing public data only.'}
        </p>
        {session.has('reprocess_crashes') && <ReprocessButton crashId={crash.crashId} />}
      </header>
      <Tabs
        label="Report sections"
        tabs={reportTabs(crash, catalog, session)}
        selected={selected}
        onSelect={(id) =>
          navigate(`${location.pathname}${location.search}#tab-${id}`, { replace: true })
        }
      />
    </article>
  );
}

function CrashReport({
  crashId,
  catalog,
}: {
  readonly crashId: string;
  readonly catalog: Catalog;
}) {
  const session = useSession();
  const [{ data, fetching, error }, reexecute] = useCrashQuery(
    crashId,
    catalog.usable,
    session.permissions,
  );
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  if (error && !data) return <GraphqlErrorMessage error={error} what={`crash ${crashId}`} />;
  if (!data) return <LoadingMessage what={fetching ? `crash ${crashId}` : 'the report'} />;
  if (!data.crash) {
    return (
      <section>
        <h1>Crash not found</h1>
        <p role="alert">
          There is no crash with the id <code>{crashId}</code>. It may have been removed, or the id
          may be mistyped.
        </p>
      </section>
    );
  }
  if (!data.crash.isProcessed) return <PendingCrash crashId={data.crash.crashId} reload={reload} />;
  return <ProcessedReport crash={data.crash} catalog={catalog} />;
}

/** Props of ReportPage. */
export interface ReportPageProps {
  /** The crash id from the path (bare or bp- prefixed). */
  readonly crashId: string;
}

/** The crash report page. */
export function ReportPage({ crashId }: ReportPageProps) {
  useDocumentTitle(`Crash ${crashId}`);
  const { catalog, fetching, error } = useCatalog();
  if (error) return <GraphqlErrorMessage error={error} what="the field catalog" />;
  if (!catalog) return <LoadingMessage what={fetching ? 'the field catalog' : 'the report'} />;
  return <CrashReport crashId={crashId} catalog={catalog} />;
}
