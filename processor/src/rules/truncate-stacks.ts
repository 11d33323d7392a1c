/** TruncateStacksRule: keeps stacks to 500 frames. */
import type { ProcessorNotes } from '../pipeline/processor-notes.js';
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { isJsonObject, type JsonObject } from '../values/json-object.js';

/** The most frames a stack keeps. */
export const MAX_FRAMES = 500;
const HALF_MAX_FRAMES = MAX_FRAMES / 2;

/**
 * Reads every stack walker output (`json_dump`, and the `json_dump` of each additional
 * minidump); a thread (or the crashing thread) with more than 500 frames keeps its first 250
 * frames, one marker frame `{"truncated": {"msg": "<N> frames truncated"}}` and its last 249,
 * gets `truncated: true`, and the crash gets a note naming the stack. N counts the frames
 * between the kept ones, with thousands separators. The top and the bottom of a runaway
 * recursion are what identify it; the middle is repetition. §1.2 rule 15.
 */
export const truncateStacksRule: ProcessorRule = {
  name: 'TruncateStacksRule',
  description:
    'Cuts stacks longer than 500 frames to the first 250, a "<N> frames truncated" marker and the last 249, marking the thread truncated.',
  writes: ['json_dump', 'upload_file_minidump_*'],
  action({ processedCrash, notes, jsonTexts }) {
    for (const [key, value] of Object.entries(processedCrash)) {
      if (key === 'json_dump' && isJsonObject(value)) {
        if (truncateStacks(value, 'json_dump', notes)) jsonTexts.delete(value);
      } else if (isJsonObject(value) && isJsonObject(value.json_dump)) {
        truncateStacks(value.json_dump, `${key}.json_dump`, notes);
      }
    }
  },
};

/** Truncates the long stacks of one stack walker document; returns whether it changed it. */
function truncateStacks(jsonDump: JsonObject, path: string, notes: ProcessorNotes): boolean {
  let changed = false;
  const crashingThread = jsonDump.crashing_thread;
  if (isJsonObject(crashingThread)) {
    changed = truncateThread(crashingThread, `${path}.crashing_thread.frames`, '->', notes);
  }
  const threads = Array.isArray(jsonDump.threads) ? jsonDump.threads : [];
  for (const [index, thread] of threads.entries()) {
    if (
      isJsonObject(thread) &&
      truncateThread(thread, `${path}.threads[${index}].frames`, '>', notes)
    )
      changed = true;
  }
  return changed;
}

function truncateThread(
  thread: JsonObject,
  framesPath: string,
  arrow: string,
  notes: ProcessorNotes,
): boolean {
  const frames = Array.isArray(thread.frames) ? thread.frames : [];
  if (frames.length <= MAX_FRAMES) return false;
  const dropped = frames.length - MAX_FRAMES;
  const truncated = [
    ...frames.slice(0, HALF_MAX_FRAMES),
    { truncated: { msg: `${dropped.toLocaleString('en-US')} frames truncated` } },
    ...frames.slice(frames.length - HALF_MAX_FRAMES + 1),
  ];
  thread.frames = truncated;
  thread.truncated = true;
  notes.add(
    `TruncateStacksRule: truncated ${framesPath}: ${frames.length} ${arrow} ${truncated.length}`,
  );
  return true;
}
