/** AccessibilityRule: was the accessibility service active? */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads `Accessibility`, which Firefox sets to `Active` only while an accessibility client is
 * attached and omits otherwise; writes `accessibility` = true exactly then. §1.2 rule 22.
 */
export const accessibilityRule: ProcessorRule = {
  name: 'AccessibilityRule',
  description: 'Writes accessibility: true when the Accessibility annotation is "Active".',
  writes: ['accessibility'],
  action({ rawCrash, processedCrash }) {
    processedCrash.accessibility = rawCrash.Accessibility === 'Active';
  },
};
