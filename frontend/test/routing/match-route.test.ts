import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dataDictionaryPath,
  matchRoute,
  productPath,
  reportPath,
  signaturePath,
} from '../../src/routing/match-route';

describe('matchRoute', () => {
  it.each([
    ['/', { page: 'home' }],
    ['/search/', { page: 'search' }],
    ['/search', { page: 'search' }],
    ['/signature/', { page: 'signature' }],
    ['/topcrashers/', { page: 'top-crashers' }],
    ['/documentation/datadictionary/', { page: 'data-dictionary' }],
    ['/login/', { page: 'login' }],
    ['/profile/', { page: 'profile' }],
    ['/tokens/', { page: 'tokens' }],
  ])('maps %s to its page', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it('reads the crash id of a report path, with or without a trailing slash', () => {
    const id = 'de1bb258-cbbf-4589-a673-34f800160918';
    expect(matchRoute(`/report/index/${id}`)).toEqual({ page: 'report', crashId: id });
    expect(matchRoute(`/report/index/${id}/`)).toEqual({ page: 'report', crashId: id });
  });

  it('reads the product of a product home page, decoded', () => {
    expect(matchRoute('/home/product/Focus%20Android')).toEqual({
      page: 'product',
      product: 'Focus Android',
    });
  });

  it('reads a data-dictionary field with or without the reference dataset segment', () => {
    expect(matchRoute('/documentation/datadictionary/uptime/')).toEqual({
      page: 'data-dictionary',
      field: 'uptime',
    });
    expect(matchRoute('/documentation/datadictionary/processed_crash/uptime/')).toEqual({
      page: 'data-dictionary',
      field: 'uptime',
    });
  });

  it('answers not-found for unknown paths and undecodable segments', () => {
    expect(matchRoute('/nope/')).toEqual({ page: 'not-found' });
    expect(matchRoute('/report/index/%E0%A4%A')).toEqual({ page: 'not-found' });
    expect(matchRoute('/report/index/a/b')).toEqual({ page: 'not-found' });
  });
});

describe('path builders', () => {
  it('build paths that matchRoute reads back', () => {
    expect(matchRoute(reportPath('x y'))).toEqual({ page: 'report', crashId: 'x y' });
    expect(matchRoute(productPath('Fenix/Beta'))).toEqual({
      page: 'product',
      product: 'Fenix/Beta',
    });
    expect(matchRoute(dataDictionaryPath('user_comments'))).toEqual({
      page: 'data-dictionary',
      field: 'user_comments',
    });
    expect(dataDictionaryPath()).toBe('/documentation/datadictionary/');
  });

  it('puts the signature first in a signature link and keeps the other parameters', () => {
    const url = signaturePath(
      'A | B',
      new URLSearchParams([
        ['date', '>=2024-01-01'],
        ['signature', 'x'],
      ]),
    );
    expect(url).toBe('/signature/?signature=A+%7C+B&date=%3E%3D2024-01-01');
  });
});

describe('matchRoute on arbitrary paths', () => {
  it('never throws and answers a known page for every path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        expect(matchRoute(`/${text}`).page).toBeTypeOf('string');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: 3_000 },
    );
  });
});
