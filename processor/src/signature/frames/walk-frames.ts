/**
 * Walking normalized frames against the lists to pick the frames that make the signature:
 * start at the earliest sentinel if any, skip irrelevant frames, keep prefix frames and stop
 * after the first frame that is not a prefix. research/socorro-processor.md §3.4, §10 item 1.
 */
import type { SignatureLists } from '../lists/signature-lists.js';

/** What the walk produced, before it is written into the result. */
export interface FrameWalk {
  /** The frames joined with `" | "`, or the fallback when nothing was kept. */
  readonly signature: string;
  readonly notes: readonly string[];
  readonly debugLines: readonly string[];
}

/**
 * Walks `frames` (normalized) of crashing thread `crashingThread`. When no frame is kept, the
 * signature is the first frame after the sentinel cut (even an irrelevant or empty one), or
 * `EMPTY: no frame data available` when there are no frames, with a note.
 */
export function walkFrames(
  frames: readonly string[],
  lists: SignatureLists,
  crashingThread: bigint,
): FrameWalk {
  const notes: string[] = [];
  const debugLines: string[] = [`using signature lists from ${lists.source}`];
  const start = earliestSentinel(frames, lists);
  if (start !== undefined) {
    debugLines.push(`sentinel; starting at "${frames[start]}" index ${start}`);
  }
  const candidates = frames.slice(start ?? 0);
  const kept: string[] = [];
  for (const frame of candidates) {
    if (frame === '') continue;
    if (lists.irrelevant.matches(frame)) {
      debugLines.push(`irrelevant; ignoring: "${frame}"`);
      continue;
    }
    if (!frame.startsWith('(unloaded') && isMergedWhenRepeated(frame) && kept.at(-1) === frame) {
      debugLines.push(`repeated module frame; merging: "${frame}"`);
      continue;
    }
    kept.push(frame);
    if (!lists.prefix.matches(frame)) {
      debugLines.push(`not a prefix; stop: "${frame}"`);
      break;
    }
    debugLines.push(`prefix; continue iterating: "${frame}"`);
  }
  let signature = kept.join(' | ');
  // The reference also has an "EMPTY: no crashing thread identified" branch; it cannot be
  // reached because a missing crashing thread means thread 0.
  if (signature === '') {
    notes.push(`CSignatureTool: no frame data for crashing thread (${crashingThread})`);
    signature = candidates[0] ?? 'EMPTY: no frame data available';
  }
  return { signature, notes, debugLines };
}

/** Frames of a module without symbols repeat; consecutive copies count once. */
function isMergedWhenRepeated(frame: string): boolean {
  const lower = frame.toLowerCase();
  return (
    lower.endsWith('.dll') ||
    lower.endsWith('.so') ||
    frame === 'XUL' ||
    frame === '<name omitted>' ||
    frame.startsWith('<unknown in')
  );
}

function earliestSentinel(frames: readonly string[], lists: SignatureLists): number | undefined {
  const positions = lists.sentinels
    .filter((sentinel) => typeof sentinel === 'string' || frames.includes(sentinel.ifFramePresent))
    .map((sentinel) => frames.indexOf(typeof sentinel === 'string' ? sentinel : sentinel.sentinel))
    .filter((position) => position >= 0);
  return positions.length > 0 ? Math.min(...positions) : undefined;
}
