import { describe, expect, it } from 'vitest';
import {
  fromDraft,
  newDraftLine,
  toDraft,
  type DraftLine,
} from '../../../src/pages/search/search-draft';
import { EMPTY_SEARCH_STATE, type SearchState } from '../../../src/pages/search/search-state';
import { FIXTURE_CATALOG } from '../../fixtures/catalog';

const line = (changes: Partial<DraftLine>): DraftLine => ({
  field: 'signature',
  operator: 'contains',
  negated: false,
  values: [],
  pending: '',
  ...changes,
});

describe('search drafts', () => {
  it('turn back into the state they came from', () => {
    const state: SearchState = {
      ...EMPTY_SEARCH_STATE,
      lines: [
        { field: 'signature', operator: 'contains', negated: false, values: ['a', 'b'] },
        { field: 'uptime', operator: 'lt', negated: true, values: ['60'] },
        { field: 'url', operator: 'is_null', negated: false, values: [] },
      ],
      groups: [
        {
          match: 'any',
          lines: [{ field: 'product', operator: 'matches', negated: false, values: ['Firefox'] }],
        },
      ],
    };
    expect(fromDraft(toDraft(state))).toEqual(state);
  });

  it('keep a range line’s value in the text box', () => {
    const draft = toDraft({
      ...EMPTY_SEARCH_STATE,
      lines: [{ field: 'uptime', operator: 'gte', negated: false, values: ['10'] }],
    });
    expect(draft.lines[0]).toMatchObject({ values: [], pending: '10' });
  });

  it('add typed values on submit, once, trimmed', () => {
    const state = fromDraft({
      ...toDraft(EMPTY_SEARCH_STATE),
      lines: [
        line({ values: ['a'], pending: ' b ' }),
        line({ field: 'product', operator: 'matches', values: ['x'], pending: 'x' }),
      ],
    });
    expect(state.lines.map((entry) => entry.values)).toEqual([['a', 'b'], ['x']]);
  });

  it('drop lines without values and groups left empty', () => {
    const state = fromDraft({
      ...toDraft(EMPTY_SEARCH_STATE),
      lines: [line({ pending: '  ' })],
      groups: [{ match: 'all', lines: [line({})] }],
    });
    expect(state.lines).toEqual([]);
    expect(state.groups).toEqual([]);
  });

  it('start a new line on "matches" when the field has it, else on its first operator', () => {
    expect(newDraftLine(FIXTURE_CATALOG.get('signature')!).operator).toBe('matches');
    expect(newDraftLine(FIXTURE_CATALOG.get('date')!).operator).toBe('gte');
  });
});
