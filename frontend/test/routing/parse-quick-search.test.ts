import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuickSearch } from '../../src/routing/parse-quick-search';

const ID = 'de1bb258-cbbf-4589-a673-34f800160918';

describe('parseQuickSearch', () => {
  it.each([
    ['a bare crash id', ID],
    ['a bp- prefixed crash id', `bp-${ID}`],
    ['an upper-case crash id', ID.toUpperCase()],
    ['a crash id with spaces around it', `  ${ID}\n`],
    ['a report URL', `https://crash-stats.mozilla.org/report/index/${ID}#tab-details`],
    ['a Cairn report URL with a trailing slash', `http://127.0.0.1:8080/report/index/${ID}/`],
  ])('opens the report for %s', (_, input) => {
    expect(parseQuickSearch(input)).toEqual({ kind: 'crash', crashId: ID });
  });

  it('searches signatures when the date suffix is not a real date', () => {
    const badDate = 'de1bb258-cbbf-4589-a673-34f800161332';
    expect(parseQuickSearch(badDate)).toEqual({ kind: 'signature', text: badDate });
  });

  it('searches signatures when the id is part of a longer hex string', () => {
    expect(parseQuickSearch(`${ID}ab`).kind).toBe('signature');
    expect(parseQuickSearch(`a${ID}`).kind).toBe('signature');
  });

  it('searches signatures for any other text, trimmed', () => {
    expect(parseQuickSearch('  mozilla::dom::Foo ')).toEqual({
      kind: 'signature',
      text: 'mozilla::dom::Foo',
    });
  });

  it('does nothing for blank input', () => {
    expect(parseQuickSearch('   ')).toEqual({ kind: 'empty' });
  });
});

describe('parseQuickSearch on arbitrary text', () => {
  it('never throws and only answers crash ids it found in the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const target = parseQuickSearch(text);
        if (target.kind === 'crash') expect(text.toLowerCase()).toContain(target.crashId);
        if (target.kind === 'signature') expect(target.text).toBe(text.trim());
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 3_000 },
    );
  });
});
