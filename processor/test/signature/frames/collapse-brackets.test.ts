import { describe, expect, it } from 'vitest';
import {
  collapseArguments,
  collapseRustTypes,
  collapseTypes,
  removeEnclosed,
} from '../../../src/signature/frames/collapse-brackets.js';

describe('collapseTypes (C++)', () => {
  it.each([
    ['Foo<bar>', 'Foo<T>'],
    ['Foo<bar <baz> >', 'Foo<T>'],
    ['Foo<bar', 'Foo<T>'],
    ['<name omitted>', '<name omitted>'],
    ['<unknown in ntdll.pdb>', '<unknown in ntdll.pdb>'],
    [
      '<rayon::HeapJob<BODY> as rayon::Job>::execute',
      '<rayon::HeapJob<BODY> as rayon::Job>::execute',
    ],
    ['js::CodePosition::operator<=>(x)', 'js::CodePosition::operator<=>(x)'],
    [
      'IPC::ParamTraits<nsTSubstring<char> >::Write(nsTSubstring<char> const &)',
      'IPC::ParamTraits<nsTSubstring<T> >::Write(nsTSubstring<T> const &)',
    ],
  ])('%s → %s', (input, output) => {
    expect(collapseTypes(input)).toBe(output);
  });
});

describe('collapseArguments (C++)', () => {
  it.each([
    ['f( *s , &n)', 'f'],
    ['operator()(s,t,u)', 'operator()'],
    ['(anonymous namespace)::foo(int)', '(anonymous namespace)::foo'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(collapseArguments(input)).toBe(output);
  });
});

describe('Rust collapsing', () => {
  it('collapses types except trait qualifications, and every argument list', () => {
    expect(collapseRustTypes('core::ptr::drop_in_place<style::Data>')).toBe(
      'core::ptr::drop_in_place<T>',
    );
    expect(collapseRustTypes('<a::B as c::D>::f')).toBe('<a::B as c::D>::f');
    expect(collapseRustTypes('operator<=>')).toBe('operator<T>');
    expect(removeEnclosed('f(a)(b)', '(', ')')).toBe('f');
  });
});
