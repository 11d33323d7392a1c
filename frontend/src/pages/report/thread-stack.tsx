/**
 * One thread's stack as the reference shows it: each frame with its module, function (or
 * module@offset with a missing-symbols marker), source file:line and how the walker found it;
 * inlined functions as rows above their frame. Kept to plain rows: a report may have 100
 * threads of 50 frames (the render budget in docs/benchmarks.md).
 */
import type { ReportFrame, ReportThread } from './build-crash-query';

const TRUST_LABELS: Record<string, string> = {
  context: 'context',
  cfi: 'call frame info',
  cfi_scan: 'call frame info with scanning',
  frame_pointer: 'frame pointer',
  scan: 'stack scanning',
  prewalked: 'prewalked',
  inline: 'inlined',
  none: 'none',
};

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function Source({ file, line }: { readonly file: string | null; readonly line: number | null }) {
  if (!file) return null;
  return (
    <span className="source" title={file}>
      {baseName(file)}
      {line !== null && `:${line}`}
    </span>
  );
}

function FrameRows({ frame }: { readonly frame: ReportFrame }) {
  const location = frame.module
    ? `${frame.module}@${frame.moduleOffset ?? '?'}`
    : (frame.offset ?? '?');
  return (
    <>
      {frame.inlines.map((inline, index) => (
        <tr key={`i${index}`} className="inline-frame">
          <td />
          <td>{frame.module}</td>
          <td className="function">
            <span className="inline-marker">inlined</span> {inline.function ?? '?'}
          </td>
          <td>
            <Source file={inline.file} line={inline.line} />
          </td>
          <td />
        </tr>
      ))}
      <tr className={frame.missingSymbols ? 'missing-symbols' : undefined}>
        <td className="number">{frame.frame}</td>
        <td>{frame.module}</td>
        <td className="function">
          {frame.function ?? location}
          {frame.missingSymbols && (
            <span
              className="missing-marker"
              title={`No symbols were found for ${frame.module ?? 'this module'}`}
            >
              missing symbols
            </span>
          )}
        </td>
        <td>
          <Source file={frame.file} line={frame.line} />
        </td>
        <td>{frame.trust ? (TRUST_LABELS[frame.trust] ?? frame.trust) : ''}</td>
      </tr>
    </>
  );
}

/** Renders one thread with its frames. */
export function ThreadStack({ thread }: { readonly thread: ReportThread }) {
  const title = `Thread ${thread.index}${thread.name ? ` (${thread.name})` : ''}${thread.isCrashingThread ? ', crashing' : ''}`;
  return (
    <section
      className={thread.isCrashingThread ? 'thread crashing-thread' : 'thread'}
      aria-label={title}
      data-thread={thread.index}
    >
      <h3>{title}</h3>
      {thread.frames.length < thread.frameCount && (
        <p className="hint">
          Showing the first {thread.frames.length} of {thread.frameCount} frames.
        </p>
      )}
      {thread.frames.length === 0 ? (
        <p className="empty">No frames.</p>
      ) : (
        <div className="table-scroll">
          <table className="frames-table">
            <thead>
              <tr>
                <th scope="col">Frame</th>
                <th scope="col">Module</th>
                <th scope="col">Signature</th>
                <th scope="col">Source</th>
                <th scope="col">Trust</th>
              </tr>
            </thead>
            <tbody>
              {thread.frames.map((frame) => (
                <FrameRows key={frame.frame} frame={frame} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
