/**
 * The reference generator is written in Python, and some of its public notes carry the text of
 * a Python exception (`<Rule>: Rule failed: <message>`, `Error parsing AsyncShutdownTimeout:
 * <message>`). Cairn raises a PythonError where the reference would raise, with Python's own
 * `str(exception)` text, so those notes read the same. research/socorro-processor.md §3, §3.6.
 */

/** The Python exception classes the reference's signature rules can raise. */
export type PythonErrorType =
  'AttributeError' | 'IndexError' | 'KeyError' | 'OverflowError' | 'TypeError' | 'ValueError';

/** An error the reference would raise at the same point; `message` is Python's `str(exc)`. */
export class PythonError extends Error {
  constructor(
    readonly pythonType: PythonErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'PythonError';
  }

  /** Whether Python's `except (ValueError, KeyError)`-style clause would catch this error. */
  isOneOf(...types: readonly PythonErrorType[]): boolean {
    return types.includes(this.pythonType);
  }
}
