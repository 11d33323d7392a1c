import { describe, expect, it } from 'vitest';
import {
  canonicalRegisterName,
  registerSetOf,
} from '../../../src/symbols/unwind/register-names.js';

describe('register names per CPU', () => {
  it('resolves ARM and ARM64 aliases to the canonical names', () => {
    expect(
      ['r11', 'r13', 'r14', 'r15', 'r12'].map((name) => canonicalRegisterName('arm', name)),
    ).toEqual(['fp', 'sp', 'lr', 'pc', 'r12']);
    expect(['x29', 'x30', 'x28', 'fp'].map((name) => canonicalRegisterName('arm64', name))).toEqual(
      ['fp', 'lr', 'x28', 'fp'],
    );
  });

  it('rejects names of another CPU', () => {
    expect(canonicalRegisterName('x86', 'rsp')).toBeNull();
    expect(canonicalRegisterName('amd64', 'esp')).toBeNull();
    expect(canonicalRegisterName('arm', 'x0')).toBeNull();
  });

  it('knows the stack pointer, instruction pointer and width of each CPU', () => {
    expect(registerSetOf('x86')).toMatchObject({
      stackPointer: 'esp',
      instructionPointer: 'eip',
      width: 4,
    });
    expect(registerSetOf('amd64')).toMatchObject({
      stackPointer: 'rsp',
      instructionPointer: 'rip',
      width: 8,
    });
    expect(registerSetOf('arm')).toMatchObject({
      stackPointer: 'sp',
      instructionPointer: 'pc',
      width: 4,
    });
    expect(registerSetOf('arm64')).toMatchObject({
      stackPointer: 'sp',
      instructionPointer: 'pc',
      width: 8,
    });
    expect(registerSetOf('amd64').names.size).toBe(17);
  });
});
