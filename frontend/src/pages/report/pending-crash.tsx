/**
 * A crash that was collected but not processed yet: the page asks for priority processing once
 * (the API limits it per crash) and reloads the crash every few seconds until it is processed,
 * as the reference does (§2.4, "raw exists but not processed yet").
 */
import { useEffect, useRef } from 'react';
import { gql, useMutation } from 'urql';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';

const PRIORITY_MUTATION = gql<
  { requestPriorityProcessing: 'QUEUED' | 'ALREADY_PROCESSED' },
  { crashId: string }
>`
  mutation RequestPriorityProcessing($crashId: String!) {
    requestPriorityProcessing(crashId: $crashId)
  }
`;

/** Props of PendingCrash. */
export interface PendingCrashProps {
  readonly crashId: string;
  /** Reloads the crash. */
  readonly reload: () => void;
  /** Time between reloads. @defaultValue 5000 (the reference's) */
  readonly pollIntervalMs?: number;
}

/** Renders the waiting state and drives the polling. */
export function PendingCrash({ crashId, reload, pollIntervalMs = 5000 }: PendingCrashProps) {
  const [{ data, error }, requestPriority] = useMutation(PRIORITY_MUTATION);
  const requested = useRef<string | null>(null);
  useEffect(() => {
    if (requested.current === crashId) return;
    requested.current = crashId;
    void requestPriority({ crashId });
  }, [crashId, requestPriority]);
  useEffect(() => {
    const timer = window.setInterval(reload, pollIntervalMs);
    return () => window.clearInterval(timer);
  }, [reload, pollIntervalMs]);
  return (
    <section className="pending-crash" aria-live="polite">
      <h1>Crash {crashId}</h1>
      <p role="status">
        This crash was received but is not processed yet.{' '}
        {data?.requestPriorityProcessing === 'QUEUED'
          ? 'It has been queued for priority processing.'
          : 'Asking for priority processing…'}{' '}
        This page refreshes by itself when the report is ready.
      </p>
      {error && <GraphqlErrorMessage error={error} what="priority processing" />}
    </section>
  );
}
