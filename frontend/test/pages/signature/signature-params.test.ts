import { describe, expect, it } from 'vitest';
import {
  parseSignatureParams,
  SIGNATURE_REPORT_COLUMNS,
  signatureUrl,
} from '../../../src/pages/signature/signature-params';
import { FIXTURE_CATALOG } from '../../fixtures/catalog';

const parse = (query: string) => parseSignatureParams(new URLSearchParams(query), FIXTURE_CATALOG);

describe('parseSignatureParams', () => {
  it('takes the signature apart from the filters, with the reference defaults for the reports', () => {
    const { signature, state } = parse('signature=A+%7C+B&product=Firefox');
    expect(signature).toBe('A | B');
    expect(state.lines).toEqual([
      { field: 'product', operator: 'matches', negated: false, values: ['Firefox'] },
    ]);
    expect(state.columns).toEqual(SIGNATURE_REPORT_COLUMNS);
    expect(state.sort).toEqual([{ field: 'date', descending: true }]);
  });

  it('gives an empty signature when the URL has none', () => {
    expect(parse('product=Firefox').signature).toBe('');
  });
});

describe('signatureUrl', () => {
  it('leaves the defaults out and reads back into the same state', () => {
    const { state } = parse(
      'signature=x&date=%3E%3D2024-01-01&page=2&_columns=build_id&_sort=uptime',
    );
    const url = signatureUrl('x', state);
    expect(url).toBe(
      '/signature/?signature=x&date=%3E%3D2024-01-01&_columns=build_id&_sort=uptime&page=2',
    );
    expect(parse(url.split('?')[1]!).state).toEqual(state);
    expect(signatureUrl('x', parse('signature=x').state)).toBe('/signature/?signature=x');
  });
});
