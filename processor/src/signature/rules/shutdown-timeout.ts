/** SignatureShutdownTimeout: replaces the signature of async shutdown timeouts. */
import { PythonError } from '../python/python-error.js';
import { pythonJsonLoads } from '../python/python-json.js';
import { pythonSorted } from '../python/python-sort.js';
import {
  isPythonDict,
  isPythonTruthy,
  pythonDictKeys,
  pythonGet,
  pythonIterate,
  pythonTypeName,
} from '../python/python-values.js';
import type { SignatureRule } from '../signature-rule.js';

const NAME = 'SignatureShutdownTimeout';

/**
 * Reads `async_shutdown_timeout` (JSON: `{phase, conditions: [name | {name}]}`); replaces the
 * signature with `AsyncShutdownTimeout | <phase> | <sorted condition names>`, because the
 * stack of the watchdog that fired says nothing about which blocker hung. Always notes the
 * old signature. research/socorro-processor.md §3.2 step 6.
 */
export const shutdownTimeoutRule: SignatureRule = {
  name: NAME,
  description:
    'Replaces the signature with "AsyncShutdownTimeout | <phase> | <conditions>" built from the ' +
    'AsyncShutdownTimeout annotation (phase "(unknown)" and conditions "(none)" when missing; ' +
    '"AsyncShutdownTimeout | UNKNOWN" when it cannot be parsed), noting the old signature.',
  predicate: ({ crashData }) => isPythonTruthy(pythonGet(crashData, 'async_shutdown_timeout')),
  action({ crashData, result }) {
    const parts = ['AsyncShutdownTimeout'];
    try {
      const shutdown = pythonJsonLoads(pythonGet(crashData, 'async_shutdown_timeout'));
      const phase = pythonGet(shutdown, 'phase');
      parts.push(typeof phase === 'string' ? phase : '(unknown)');
      const conditions = pythonIterate(
        isPythonTruthy(pythonGet(shutdown, 'conditions')) ? pythonGet(shutdown, 'conditions') : [],
      ).map(conditionName);
      parts.push(conditions.length > 0 ? joinConditions(pythonSorted(conditions)) : '(none)');
    } catch (error) {
      if (!(error instanceof PythonError && error.isOneOf('ValueError', 'KeyError'))) throw error;
      parts.push('UNKNOWN');
      result.info(NAME, `Error parsing AsyncShutdownTimeout: ${error.message}`);
    }
    result.info(
      NAME,
      `Signature replaced with a Shutdown Timeout signature, was: "${result.signature}"`,
    );
    result.setSignature(NAME, parts.join(' | '));
  },
};

/** A condition is its name, or an object with a `name`. */
function conditionName(condition: unknown): unknown {
  if (!isPythonDict(condition)) return condition;
  if (!pythonDictKeys(condition).includes('name')) throw new PythonError('KeyError', "'name'");
  return pythonGet(condition, 'name');
}

/** Python's `",".join(names)`: every name must be a str. */
function joinConditions(names: readonly unknown[]): string {
  const wrong = names.findIndex((name) => typeof name !== 'string');
  if (wrong >= 0) {
    throw new PythonError(
      'TypeError',
      `sequence item ${wrong}: expected str instance, ${pythonTypeName(names[wrong])} found`,
    );
  }
  return names.join(',');
}
