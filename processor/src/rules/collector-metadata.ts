/** CollectorMetadataRule: keeps the collector's metadata. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';

/**
 * Reads the raw crash's `metadata` (dump checksums, collector notes, payload details written by
 * the collector); writes it as `collector_metadata` (protected), an empty object when absent.
 * §1.2 rule 4.
 */
export const collectorMetadataRule: ProcessorRule = {
  name: 'CollectorMetadataRule',
  description:
    "Copies the collector's metadata (dump checksums, collector notes) to collector_metadata.",
  writes: ['collector_metadata'],
  action({ rawCrash, processedCrash }) {
    processedCrash.collector_metadata = rawCrash.metadata ?? {};
  },
};
