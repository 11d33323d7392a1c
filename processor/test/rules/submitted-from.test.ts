import { describe, expect, it } from 'vitest';
import { submittedFromRule } from '../../src/rules/submitted-from.js';
import { runRule } from '../fixtures/rule-harness.js';

describe('SubmittedFromRule', () => {
  it.each([
    [{}, 'Unknown', false],
    [{ SubmittedFrom: 'Auto' }, 'Auto', false],
    [{ SubmittedFrom: 'Infobar' }, 'Infobar', true],
    [{ SubmittedFromInfobar: '1' }, 'Infobar', true],
    [{ SubmittedFromInfobar: true }, 'Infobar', true],
    [{ SubmittedFromInfobar: 'true' }, 'Infobar', true],
    [{ SubmittedFromInfobar: '0', SubmittedFrom: 'Client' }, 'Unknown', false],
  ])('%j → submitted_from %j, infobar %j', async (rawCrash, from, infobar) => {
    const run = await runRule(submittedFromRule, { rawCrash });
    expect(run.processedCrash).toEqual({ submitted_from: from, submitted_from_infobar: infobar });
  });
});
