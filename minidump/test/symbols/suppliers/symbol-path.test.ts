import { describe, expect, it } from 'vitest';
import {
  leafName,
  symbolFileName,
  symbolFileRelativePath,
} from '../../../src/symbols/suppliers/symbol-path.js';

const module = (debugFile: string | null, debugId: string | null) => ({
  codeFile: 'c:\\app\\app.exe',
  codeId: null,
  debugFile,
  debugId,
});

describe('symbol-store paths', () => {
  it('takes the leaf of Windows and POSIX paths', () => {
    expect(
      ['c:\\foo\\bar\\test.pdb', 'c:/foo/bar/test.pdb', 'test.pdb', '/path/to/test'].map(leafName),
    ).toEqual(['test.pdb', 'test.pdb', 'test.pdb', 'test']);
  });

  it('replaces a trailing .pdb in any case, otherwise appends .sym', () => {
    expect(['test.pdb', 'TEST.PDB', 'test', 'test.x', 'libc.so.6', ''].map(symbolFileName)).toEqual(
      ['test.sym', 'TEST.sym', 'test.sym', 'test.x.sym', 'libc.so.6.sym', '.sym'],
    );
  });

  it('builds <debug leaf>/<debug id>/<name>.sym', () => {
    expect(
      symbolFileRelativePath(module('c:\\build\\xul.pdb', '44E4EC8C2F41492B9369D6B9A059577C2')),
    ).toBe('xul.pdb/44E4EC8C2F41492B9369D6B9A059577C2/xul.sym');
    expect(symbolFileRelativePath(module('libxul.so', 'ABC0'))).toBe(
      'libxul.so/ABC0/libxul.so.sym',
    );
  });

  it('has no path without a debug file or id, or with components that would leave the store', () => {
    expect(symbolFileRelativePath(module(null, 'ABC'))).toBeNull();
    expect(symbolFileRelativePath(module('a.pdb', null))).toBeNull();
    expect(symbolFileRelativePath(module('/x/..', 'ABC'))).toBeNull();
    expect(symbolFileRelativePath(module('a.pdb', '../../etc'))).toBeNull();
    expect(symbolFileRelativePath(module('a.pdb', ''))).toBeNull();
  });
});
