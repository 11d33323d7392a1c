/** Queues the crash for reprocessing (needs reprocess_crashes; the page shows it only then). */
import { gql, useMutation } from 'urql';
import { GraphqlErrorMessage } from '../../components/graphql-error-message';

const REPROCESS_MUTATION = gql<{ reprocessCrashes: boolean }, { crashIds: string[] }>`
  mutation ReprocessCrash($crashIds: [String!]!) {
    reprocessCrashes(crashIds: $crashIds)
  }
`;

/** Renders the button and its outcome. */
export function ReprocessButton({ crashId }: { readonly crashId: string }) {
  const [{ fetching, data, error }, reprocess] = useMutation(REPROCESS_MUTATION);
  return (
    <div className="reprocess">
      <button
        type="button"
        disabled={fetching}
        onClick={() => void reprocess({ crashIds: [crashId] })}
      >
        {fetching ? 'Queueing…' : 'Reprocess this crash'}
      </button>
      {data?.reprocessCrashes && (
        <span role="status">Queued for reprocessing; reload the page in a moment.</span>
      )}
      {error && <GraphqlErrorMessage error={error} what="the reprocessing request" />}
    </div>
  );
}
