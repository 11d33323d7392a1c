import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatJobScheduleTable } from '../../src/cron/job-schedule-table.js';
import { CRON_JOBS } from '../../src/cron/jobs.js';
import { parseFrequency, parseTimeOfDay } from '../../src/cron/schedule.js';

const cronDoc = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/cron.md'),
  'utf8',
);

describe('the job list', () => {
  it('names each job once, with a valid schedule and a description', () => {
    expect(new Set(CRON_JOBS.map((job) => job.name)).size).toBe(CRON_JOBS.length);
    for (const job of CRON_JOBS) {
      expect(parseFrequency(job.frequency)).toBeGreaterThan(0);
      if (job.timeOfDay !== undefined) expect(parseTimeOfDay(job.timeOfDay)).toBeDefined();
      expect(job.description).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('keeps the reference names of the jobs it shares with the reference', () => {
    expect(CRON_JOBS.map((job) => job.name)).toEqual(
      expect.arrayContaining([
        'bugassociations',
        'updatesignatures',
        'verifyprocessed',
        'updatemissing',
        'clearsessions',
        'cleanse_cronlog',
      ]),
    );
  });

  it('is the schedule table of docs/cron.md', () => {
    expect(cronDoc).toContain(formatJobScheduleTable(CRON_JOBS));
  });

  it('has a section in docs/cron.md for every job', () => {
    for (const job of CRON_JOBS) expect(cronDoc).toContain(`### \`${job.name}\``);
  });
});
