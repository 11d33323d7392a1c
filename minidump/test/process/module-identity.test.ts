import { describe, expect, it } from 'vitest';
import { readMinidump } from '../../src/reader/minidump.js';
import { readModuleList } from '../../src/reader/streams/module-list.js';
import { basename, codeIdOf, debugFileOf, debugIdOf } from '../../src/process/module-identity.js';
import { MinidumpWriter, type SyntheticModule } from '../../src/writer/minidump-writer.js';

function moduleFrom(module: SyntheticModule) {
  return readModuleList(readMinidump(new MinidumpWriter().module(module).build()))![0]!;
}

const GUID = Uint8Array.from([
  0x34, 0x12, 0xcd, 0xab, 0x0d, 0xf0, 0xef, 0xbe, 1, 2, 3, 4, 5, 6, 7, 8,
]);

describe('module identity', () => {
  it('prints a PDB 7.0 debug id as GUID plus lowercase hex age', () => {
    const module = moduleFrom({
      base: 0x1000n,
      size: 0x2d000,
      name: 'c:\\app.exe',
      timeDateStamp: 0x45d35f6c,
      codeView: { kind: 'pdb70', guid: GUID, age: 0x1e, pdbFile: 'c:\\x\\app.pdb' },
    });
    expect(debugIdOf(module, true)).toBe('ABCD1234F00DBEEF01020304050607081e');
    expect(codeIdOf(module, 'windows', true)).toBe('45D35F6C2d000');
    expect(basename(debugFileOf(module)!)).toBe('app.pdb');
  });

  it('uses the Mach-O UUID as the code id on macOS', () => {
    const module = moduleFrom({
      base: 0x1000n,
      size: 0x1000,
      name: '/usr/lib/libx.dylib',
      codeView: { kind: 'pdb70', guid: GUID, age: 0, pdbFile: 'libx.dylib' },
    });
    expect(codeIdOf(module, 'macos', true)).toBe('abcd1234f00dbeef0102030405060708');
  });

  it('derives ELF ids from the build id, byte-swapping the GUID fields', () => {
    const buildId = Uint8Array.from([
      0x10, 0xfa, 0xa6, 0xbb, 0xaa, 0xb8, 0x3d, 0xb3, 0, 0, 0, 0, 0, 0, 0, 0, 0xaa, 0xbb,
    ]);
    const module = moduleFrom({
      base: 0x1000n,
      size: 0x1000,
      name: '/lib/libc.so.6',
      codeView: { kind: 'elf', buildId },
    });
    expect(debugIdOf(module, true)).toBe('BBA6FA10B8AAB33D00000000000000000');
    expect(codeIdOf(module, 'linux', true)).toBe('10faa6bbaab83db30000000000000000aabb');
    expect(debugFileOf(module)).toBe('/lib/libc.so.6');
  });

  it('has no ids without a CodeView record outside Windows', () => {
    const module = moduleFrom({ base: 0x1000n, size: 0x1000, name: 'shm' });
    expect(debugIdOf(module, true)).toBeUndefined();
    expect(codeIdOf(module, 'linux', true)).toBeUndefined();
    expect(codeIdOf(module, 'windows', true)).toBe('000000001000');
  });

  it('takes the last component after either kind of slash', () => {
    expect(basename('C:\\Windows\\System32\\ntdll.dll')).toBe('ntdll.dll');
    expect(basename('/usr/lib/libc.so.6')).toBe('libc.so.6');
    expect(basename('C:\\mixed/dir\\app.exe')).toBe('app.exe');
    expect(basename('dir\\sub/app')).toBe('app');
    expect(basename('plain')).toBe('plain');
    expect(basename('trailing/')).toBe('');
  });
});
