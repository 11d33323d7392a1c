import { describe, expect, it } from 'vitest';
import {
  normalizeFrame,
  stripLeadingZeros,
  type SignatureFrame,
} from '../../../src/signature/frames/normalize-frame.js';
import { compileSignatureList } from '../../../src/signature/lists/signature-lists.js';
import { PythonError } from '../../../src/signature/python/python-error.js';

const lineNumbers = compileSignatureList(['fnNeedNumber'], 'test');
const normalize = (frame: SignatureFrame) => normalizeFrame(frame, lineNumbers);

describe('normalizeFrame', () => {
  it('uses the function first, with Rust rules only when the file parses to a .rs path', () => {
    const frame = { function: 'f::h0123456789abcdef(int)', module: 'm', offset: '0x1' };
    expect(normalize({ ...frame, file: 'hg:hg.mozilla.org/a:src/lib.rs:abc' })).toBe('f');
    expect(normalize({ ...frame, file: '/build/src/lib.rs' })).toBe('f');
    // A bare relative name is "unknown" to the path parser, so C++ rules apply.
    expect(normalize({ ...frame, file: 'lib.rs' })).toBe('f::h0123456789abcdef');
  });

  it('uses the raw file name and line when there is no function', () => {
    expect(normalize({ file: 'hg:hg.mozilla.org/m:dom/nsFoo.cpp:abc', line: 42 })).toBe(
      'nsFoo.cpp:abc#42',
    );
    expect(normalize({ file: 'c:\\src\\a\\b.cpp\\', line: '7', module: 'm' })).toBe('b.cpp#7');
    expect(normalize({ file: '/src/a/b.c', line: 0, module: 'm' })).toBe('m');
  });

  it('uses the module without brackets, then the first unloaded module, then the address', () => {
    expect(normalize({ module: '[[module]', offset: '0x10' })).toBe('module');
    expect(
      normalize({ unloaded_modules: [{ module: 'evil.dll', offsets: ['0x1'] }], offset: '0x10' }),
    ).toBe('(unloaded evil.dll)');
    expect(normalize({ unloaded_modules: [{}], offset: '0x0000000000032ec0' })).toBe('@0x32ec0');
    expect(normalize({ offset: 40 })).toBe('@40');
    expect(normalize({})).toBe('');
  });

  it('raises what Python raises for values of the wrong type', () => {
    expect(() => normalize({ function: 5 })).toThrow(
      new PythonError('AttributeError', "'int' object has no attribute 'endswith'"),
    );
    expect(() => normalize({ unloaded_modules: { a: 1 } })).toThrow(
      new PythonError('KeyError', '0'),
    );
    expect(() => normalize({ unloaded_modules: 7 })).toThrow(
      new PythonError('TypeError', "'int' object is not subscriptable"),
    );
  });
});

describe('stripLeadingZeros', () => {
  it.each<[unknown, unknown]>([
    ['0x0000000000032ec0', '0x32ec0'],
    ['40', '0x40'],
    ['not hex', 'not hex'],
    [16, 16],
    [null, null],
  ])('%j → %j', (input, output) => {
    expect(stripLeadingZeros(input)).toEqual(output);
  });
});
