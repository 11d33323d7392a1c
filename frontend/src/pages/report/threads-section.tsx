/** The crashing thread first, and the other threads behind a "Show other threads" button (§2.4). */
import { useState } from 'react';
import type { ReportThread } from './build-crash-query';
import { ThreadStack } from './thread-stack';

/** Renders the threads. */
export function ThreadsSection({ threads }: { readonly threads: readonly ReportThread[] }) {
  const [showOthers, setShowOthers] = useState(false);
  if (threads.length === 0)
    return <p className="empty">The crash has no stack (no minidump was walked).</p>;
  const crashing = threads.find((thread) => thread.isCrashingThread);
  const others = threads.filter((thread) => thread !== crashing);
  return (
    <section aria-labelledby="threads-title" className="threads">
      <h2 id="threads-title">{crashing ? 'Crashing thread' : 'Threads'}</h2>
      {crashing && <ThreadStack thread={crashing} />}
      {others.length > 0 && (
        <>
          <button
            type="button"
            className="toggle-threads"
            aria-expanded={showOthers}
            aria-controls="other-threads"
            onClick={() => setShowOthers(!showOthers)}
          >
            {showOthers ? 'Hide other threads' : `Show other threads (${others.length})`}
          </button>
          <div id="other-threads">
            {(showOthers || !crashing) &&
              others.map((thread) => <ThreadStack key={thread.index} thread={thread} />)}
          </div>
        </>
      )}
    </section>
  );
}
