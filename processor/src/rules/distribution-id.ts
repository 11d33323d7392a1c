/** DistributionIdRule: who built the product. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { readPath } from '../values/json-object.js';

/**
 * Reads `DistributionID`, else `partner.distributionId` inside the `TelemetryEnvironment`
 * JSON; writes `distribution_id` (which vendor built this copy: a Linux distribution, a
 * partner). Nothing found anywhere gives `unknown`; a present but empty value means Mozilla's
 * own build, `mozilla`. Bugs 1732414 and 1747846, §1.2 rule 36.
 */
export const distributionIdRule: ProcessorRule = {
  name: 'DistributionIdRule',
  description:
    'Writes distribution_id from DistributionID or the Telemetry environment (unknown when absent, mozilla when empty).',
  writes: ['distribution_id'],
  action({ rawCrash, processedCrash }) {
    let distributionId: unknown = rawCrash.DistributionID;
    if (!distributionId) {
      let telemetry: unknown = {};
      if (typeof rawCrash.TelemetryEnvironment === 'string') {
        try {
          telemetry = JSON.parse(rawCrash.TelemetryEnvironment);
        } catch {
          telemetry = {};
        }
      }
      distributionId = readPath(telemetry, 'partner.distributionId', 'unknown');
    }
    processedCrash.distribution_id = distributionId ? distributionId : 'mozilla';
  },
};
