import { describe, expect, it } from 'vitest';
import {
  createFrameList,
  MAXIMUM_FRAMES_TO_CONSIDER,
} from '../../../src/signature/frames/frame-list.js';
import { compileSignatureList } from '../../../src/signature/lists/signature-lists.js';
import { PythonError } from '../../../src/signature/python/python-error.js';

const lineNumbers = compileSignatureList(['fnNeedNumber'], 'test');

describe('createFrameList', () => {
  it('puts inline frames before their physical frame', () => {
    const thread = {
      frames: [
        { function: 'outer', module: 'a.dll', inlines: [{ function: 'in1' }, { function: 'in2' }] },
        { function: 'next', inlines: null },
      ],
    };
    expect(createFrameList(thread, false, lineNumbers)).toEqual(['in1', 'in2', 'outer', 'next']);
  });

  it('gives inline frames the physical frame’s module', () => {
    const thread = { frames: [{ module: 'libfoo.so', inlines: [{ line: 3 }] }] };
    expect(createFrameList(thread, false, lineNumbers)).toEqual(['libfoo.so', 'libfoo.so']);
  });

  it('considers the first 40 frames and never reads the ones after', () => {
    const frames: unknown[] = Array.from({ length: 45 }, (_, i) => ({ function: `f${i}` }));
    frames[42] = 'not a frame';
    const list = createFrameList({ frames }, false, lineNumbers);
    expect(list).toHaveLength(MAXIMUM_FRAMES_TO_CONSIDER);
    expect(list.at(-1)).toBe('f39');
  });

  it("restores the module path of Rust 1.34's bare panic functions", () => {
    const thread = {
      frames: [
        { function: 'panic', file: 'git:github.com/rust-lang/rust:src/libcore/panicking.rs:1' },
      ],
    };
    expect(createFrameList(thread, false, lineNumbers)).toEqual(['core::panicking::panic']);
  });

  it('lower-cases module names when asked (Windows crashes)', () => {
    const thread = { frames: [{ module: 'USER32.dll' }] };
    expect(createFrameList(thread, true, lineNumbers)).toEqual(['user32.dll']);
    expect(createFrameList(thread, false, lineNumbers)).toEqual(['USER32.dll']);
  });

  it('raises what Python raises for a thread or frame of the wrong type', () => {
    expect(() => createFrameList(null, false, lineNumbers)).toThrow(
      new PythonError('AttributeError', "'NoneType' object has no attribute 'get'"),
    );
    expect(() => createFrameList({ frames: 3 }, false, lineNumbers)).toThrow(
      new PythonError('TypeError', "'int' object is not iterable"),
    );
    expect(() => createFrameList({ frames: [{ function: ['x'] }] }, false, lineNumbers)).toThrow(
      new PythonError('TypeError', "unhashable type: 'list'"),
    );
  });
});
