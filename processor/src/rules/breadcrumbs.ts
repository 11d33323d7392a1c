/** BreadcrumbsRule: events recorded before the crash. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { findShapeMismatch } from '../values/data-shape.js';
import { isJsonObject } from '../values/json-object.js';
import { BREADCRUMBS_SHAPE } from './annotation-shapes.js';

/**
 * Reads `Breadcrumbs` (JSON: a list of `{timestamp, type, category, level, message, data}`
 * events, optionally wrapped in Sentry's `{"values": […]}`); writes `breadcrumbs` (protected)
 * when it has that shape. Invalid JSON adds `Breadcrumbs: malformed: not valid json`, a wrong
 * shape `Breadcrumbs: malformed: <where>`. §1.2 rule 27.
 */
export const breadcrumbsRule: ProcessorRule = {
  name: 'BreadcrumbsRule',
  description:
    'Parses the Breadcrumbs annotation (a list of events before the crash, Sentry format) into breadcrumbs; notes when it is malformed.',
  writes: ['breadcrumbs'],
  predicate: ({ rawCrash }) =>
    typeof rawCrash.Breadcrumbs === 'string' && rawCrash.Breadcrumbs !== '',
  action({ rawCrash, processedCrash, notes }) {
    let breadcrumbs: unknown;
    try {
      breadcrumbs = JSON.parse(rawCrash.Breadcrumbs as string);
    } catch {
      notes.add('Breadcrumbs: malformed: not valid json');
      return;
    }
    if (isJsonObject(breadcrumbs) && 'values' in breadcrumbs) breadcrumbs = breadcrumbs.values;
    const problem = findShapeMismatch(breadcrumbs, BREADCRUMBS_SHAPE);
    if (problem) {
      notes.add(`Breadcrumbs: malformed: ${problem}`);
      return;
    }
    processedCrash.breadcrumbs = breadcrumbs;
  },
};
