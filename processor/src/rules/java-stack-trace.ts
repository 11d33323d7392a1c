/** JavaStackTraceRule: a Java stack trace without its private parts. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { pythonSplitLines, pythonStrip } from '../signature/python/python-strings.js';

/**
 * Reads `JavaStackTrace` (an Android app's exception as Java prints it); writes
 * `java_stack_trace_raw` (protected, verbatim) and `java_stack_trace`: the exception class
 * line, then the tab-indented `at …` frames. The exception message and the `Caused by:` and
 * `Suppressed:` sections are dropped because they can carry user data. Text that is not a
 * stack trace becomes `malformed`, with a note. §1.2 rule 28.
 */
export const javaStackTraceRule: ProcessorRule = {
  name: 'JavaStackTraceRule',
  description:
    'Keeps JavaStackTrace as java_stack_trace_raw and writes java_stack_trace: the exception class and frames, without the message and "Caused by"/"Suppressed" sections.',
  writes: ['java_stack_trace_raw', 'java_stack_trace'],
  predicate: ({ rawCrash }) =>
    typeof rawCrash.JavaStackTrace === 'string' && rawCrash.JavaStackTrace !== '',
  action({ rawCrash, processedCrash, notes }) {
    const raw = rawCrash.JavaStackTrace as string;
    processedCrash.java_stack_trace_raw = raw;
    const publicTrace = toPublicJavaStackTrace(raw);
    if (publicTrace === undefined) notes.add('JavaStackTrace: malformed JavaStackTrace');
    processedCrash.java_stack_trace = publicTrace ?? 'malformed';
  },
};

/**
 * The class line and frames of a Java stack trace, or undefined when a frame line does not
 * start with a tab. The class is the text before the first `:` of the first non-blank line;
 * the message runs until a line starting with a tab and `at `.
 */
export function toPublicJavaStackTrace(text: string): string | undefined {
  const lines = pythonSplitLines(text);
  let exceptionClass: string | undefined;
  const frames: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (pythonStrip(line) === '') continue;
    if (exceptionClass === undefined) {
      exceptionClass = pythonStrip(line.split(':', 1)[0]!);
      while (index + 1 < lines.length && !lines[index + 1]!.startsWith('\tat ')) index++;
      continue;
    }
    if (!line.startsWith('\t')) return undefined;
    frames.push(line.slice(1));
    const next = lines[index + 1];
    if (next !== undefined && /^(Suppressed:|Caused by:)/.test(pythonStrip(next))) break;
  }
  return `${exceptionClass ?? ''}\n${frames.map((frame) => `\t${frame}`).join('\n')}`;
}
