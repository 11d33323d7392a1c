import { describe, expect, it } from 'vitest';
import { dropPrefixAndReturnType } from '../../../src/signature/frames/drop-prefix-and-return-type.js';
import { PythonError } from '../../../src/signature/python/python-error.js';

describe('dropPrefixAndReturnType', () => {
  it.each([
    [
      'static void * Allocator<Base>::malloc(unsigned __int64)',
      'Allocator<Base>::malloc(unsigned __int64)',
    ],
    [
      'js::Shape* js::Allocate<js::Shape, (js::AllowGC)1>(JSContext*)',
      'js::Allocate<js::Shape, (js::AllowGC)1>(JSContext*)',
    ],
    [
      "static struct already_AddRefed<nsIX> `anonymous namespace'::GetPhase()",
      "`anonymous namespace'::GetPhase()",
    ],
    [
      'nsXPConnect::InitStatics() [clone .cold.638]',
      'nsXPConnect::InitStatics() [clone .cold.638]',
    ],
    ['somefunc (int arg1, int arg2)', 'somefunc (int arg1, int arg2)'],
    [
      "[thunk]:CShellItem::QueryInterface`adjustor{12}' (_GUID const&, void**)",
      "[thunk]:CShellItem::QueryInterface`adjustor{12}' (_GUID const&, void**)",
    ],
    ['unbalanced) name', 'name'],
    ['ends in spaces  ', ''],
  ])('%j → %j', (input, output) => {
    expect(dropPrefixAndReturnType(input)).toBe(output);
  });

  it('raises IndexError for an empty name, as the reference does', () => {
    expect(() => dropPrefixAndReturnType('')).toThrow(
      new PythonError('IndexError', 'list index out of range'),
    );
  });
});
