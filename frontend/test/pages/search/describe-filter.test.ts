import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '../../../src/pages/search/parse-search-params';
import { describeFilter } from '../../../src/pages/search/describe-filter';
import { toSearchFilter } from '../../../src/pages/search/to-search-input';
import { FIXTURE_CATALOG } from '../../fixtures/catalog';

const describeQuery = (query: string) =>
  describeFilter(
    toSearchFilter(parseSearchParams(new URLSearchParams(query), FIXTURE_CATALOG).state),
  );

describe('describeFilter', () => {
  it('says "every crash" without a filter', () => {
    expect(describeQuery('')).toBe('every crash');
  });

  it('shows ANDs between fields and ORs inside a field in parentheses, with the form labels', () => {
    expect(describeQuery('product=Firefox&signature=~a&signature=!=b')).toBe(
      'product matches “Firefox” AND (signature contains “a” OR signature is not exactly “b”)',
    );
  });

  it('names valueless operators and their negations', () => {
    expect(describeQuery('url=!__null__&startup_crash=__true__')).toBe(
      'url exists AND startup_crash is true',
    );
  });

  it('writes NOT before a negated group', () => {
    expect(describeQuery('_group.1=none&_group.1.product=Firefox&_group.1.product=Fenix')).toBe(
      'NOT (product matches “Firefox” OR product matches “Fenix”)',
    );
  });
});
