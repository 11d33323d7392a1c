import { describe, expect, it } from 'vitest';
import {
  normalizeCppFunction,
  normalizeRustFunction,
} from '../../../src/signature/frames/normalize-function.js';
import { compileSignatureList } from '../../../src/signature/lists/signature-lists.js';

const lineNumbers = compileSignatureList(['fnNeedNumber'], 'test');

describe('normalizeCppFunction', () => {
  it.each([
    ['fnNeedNumber', 'fnNeedNumber:23'],
    ['f( *s , &n)', 'f'],
    ['void nsDocumentViewer::DestroyPresShell()', 'nsDocumentViewer::DestroyPresShell'],
    ['class JSObject* DoCallback<JSObject*>(class JS::CallbackTracer*)', 'DoCallback<T>'],
    ['JS::Heap<JSObject*>::operator JSObject* const &()', 'JS::Heap<T>::operator JSObject* const&'],
    ['mozilla::Maybe<unsigned long>::value() const &', 'mozilla::Maybe<T>::value'],
    ['JSObject::allocKindForTenure const', 'JSObject::allocKindForTenure'],
    ['Ref<Object>::operator=(Ref<Object> const&)&', 'Ref<T>::operator='],
    ["`anonymous namespace'::foo", '(anonymous namespace)::foo'],
    ['ShutdownWorkThreads::$_52::__invoke', 'ShutdownWorkThreads::$::__invoke'],
    // The space left by removing the label goes in the clean-up rules, as in the reference.
    ['nsXPConnect::InitStatics() [clone .cold.638]', 'nsXPConnect::InitStatics '],
    ['Map<K,V>::get', 'Map<T>::get'],
    ['f<a,b> (x)', 'f<T> '],
  ])('%j → %j', (input, output) => {
    expect(normalizeCppFunction(input, 23, lineNumbers)).toBe(output);
  });

  it('removes spaces before `*`, `&` and commas and puts one after each comma', () => {
    expect(normalizeCppFunction('Foo::operator Bar *,x & y', '1', lineNumbers)).toBe(
      'Foo::operator Bar*, x& y',
    );
  });
});

describe('normalizeRustFunction', () => {
  it.each([
    ['expect_failed::h7f635057bfba806a', 'expect_failed'],
    ['expect_failed::h7f6350::blah', 'expect_failed::h7f6350::blah'],
    [
      'static void core::ptr::drop_in_place<style::Data>(struct style::Data*)',
      'core::ptr::drop_in_place<T>',
    ],
    [
      '<rayon::HeapJob<BODY> as rayon::Job>::execute',
      '<rayon::HeapJob<BODY> as rayon::Job>::execute',
    ],
    // The line number is appended before the hash is removed, so the hash then stays.
    ['fnNeedNumber::h0123abc', 'fnNeedNumber::h0123abc:23'],
  ])('%j → %j', (input, output) => {
    expect(normalizeRustFunction(input, 23, lineNumbers)).toBe(output);
  });
});
