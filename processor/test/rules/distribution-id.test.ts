import { describe, expect, it } from 'vitest';
import { distributionIdRule } from '../../src/rules/distribution-id.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('DistributionIdRule', () => {
  it.each([
    ['the annotation', { DistributionID: 'canonical' }, 'canonical'],
    [
      'the Telemetry environment',
      { TelemetryEnvironment: '{"partner": {"distributionId": "debian"}}' },
      'debian',
    ],
    ['nothing', {}, 'unknown'],
    ['an empty annotation and no environment', { DistributionID: '' }, 'unknown'],
    [
      'an empty value in the environment',
      { TelemetryEnvironment: '{"partner": {"distributionId": ""}}' },
      'mozilla',
    ],
    [
      'a null value in the environment',
      { TelemetryEnvironment: '{"partner": {"distributionId": null}}' },
      'mozilla',
    ],
    ['an unreadable environment', { TelemetryEnvironment: '{' }, 'unknown'],
  ])('takes it from %s', async (_case, rawCrash, id) => {
    expect((await runRule(distributionIdRule, { rawCrash })).processedCrash.distribution_id).toBe(
      id,
    );
  });
});
