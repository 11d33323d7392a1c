/** SubmittedFromRule: how the crash report was submitted. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

const TRUE_VALUES = new Set<unknown>(['1', 'true', true]);

/**
 * Reads `SubmittedFromInfobar` (older Firefox) or `SubmittedFrom`; writes `submitted_from`
 * (`Infobar`, `Auto`, `Client`… or `Unknown`) and `submitted_from_infobar` (protected). A
 * legacy infobar flag of `true` sent as JSON counts too. Bug 1626048, §1.2 rule 9.
 */
export const submittedFromRule: ProcessorRule = {
  name: 'SubmittedFromRule',
  description:
    'Writes submitted_from (how the report was sent: Infobar, Auto, Client…, default Unknown) and submitted_from_infobar.',
  writes: ['submitted_from', 'submitted_from_infobar'],
  action({ rawCrash, processedCrash }) {
    let submittedFrom: unknown;
    let fromInfobar: boolean;
    if (Object.hasOwn(rawCrash, 'SubmittedFromInfobar')) {
      fromInfobar = TRUE_VALUES.has(rawCrash.SubmittedFromInfobar);
      submittedFrom = fromInfobar ? 'Infobar' : 'Unknown';
    } else {
      submittedFrom = rawCrash.SubmittedFrom ?? 'Unknown';
      fromInfobar = submittedFrom === 'Infobar';
    }
    processedCrash.submitted_from = submittedFrom;
    processedCrash.submitted_from_infobar = fromInfobar;
  },
};
