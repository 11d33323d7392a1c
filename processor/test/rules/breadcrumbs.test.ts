import { describe, expect, it } from 'vitest';
import { breadcrumbsRule } from '../../src/rules/breadcrumbs.js';
import { runRule } from '../fixtures/rule-harness.js';

const crumb = {
  timestamp: '2024-01-01T00:00:00',
  type: 'default',
  message: 'loaded',
  data: { a: 'b' },
};

describe('BreadcrumbsRule', () => {
  it('applies only to a non-empty Breadcrumbs annotation', async () => {
    expect((await runRule(breadcrumbsRule, { rawCrash: { Breadcrumbs: '' } })).applied).toBe(false);
  });

  it.each([
    ['a bare list', JSON.stringify([crumb])],
    ["Sentry's values wrapper", JSON.stringify({ values: [crumb] })],
  ])('keeps %s of breadcrumbs', async (_case, text) => {
    const run = await runRule(breadcrumbsRule, { rawCrash: { Breadcrumbs: text } });
    expect(run.processedCrash.breadcrumbs).toEqual([crumb]);
    expect(run.notes).toEqual([]);
  });

  it.each([
    ['invalid JSON', '[{', 'Breadcrumbs: malformed: not valid json'],
    [
      'a wrong shape',
      '[{"message": 5}]',
      'Breadcrumbs: malformed: .[0].message: type integer not in string',
    ],
    ['an object', '{"message": "x"}', 'Breadcrumbs: malformed: .: type object not in array'],
  ])('notes %s and leaves breadcrumbs out', async (_case, text, note) => {
    const run = await runRule(breadcrumbsRule, { rawCrash: { Breadcrumbs: text } });
    expect(run.processedCrash).not.toHaveProperty('breadcrumbs');
    expect(run.notes).toEqual([note]);
  });
});
