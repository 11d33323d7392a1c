import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSignature } from '../../src/signature/generate-signature.js';
import { loadSignatureLists } from '../../src/signature/lists/load-signature-lists.js';
import { SIGNATURE_PIPELINE } from '../../src/signature/signature-pipeline.js';
import type { SignatureRule } from '../../src/signature/signature-rule.js';
import { crashWithFunctions, testLists } from './signature-fixtures.js';

const lists = testLists();

describe('generateSignature', () => {
  it('runs the rules in order, so prefixes nest as in the reference', () => {
    const crashData = crashWithFunctions(['Foo::Bar()'], {
      hang: 'ui',
      reason: 'EXCEPTION_STACK_OVERFLOW',
      abort_message: 'boom',
      oom_allocation_size: 1048576,
      ipc_message_name: 'Msg',
    });
    expect(generateSignature(crashData, lists).signature).toBe(
      'hang: ui | stackoverflow | Abort | boom | OOM | large | Foo::Bar | IPC_Message_Name=Msg',
    );
  });

  it('lets a small OOM replace what came before and later rules add to it', () => {
    const crashData = crashWithFunctions(['Foo'], { oom_allocation_size: 10, abort_message: 'x' });
    expect(generateSignature(crashData, lists).signature).toBe('Abort | x | OOM | small');
  });

  it('turns a failing rule into a note and runs the next rules', () => {
    const failing: SignatureRule = {
      name: 'Exploding',
      description: 'fails',
      action() {
        throw new Error('bad input 42');
      },
    };
    const generated = generateSignature(crashWithFunctions(['  main ']), lists, [
      SIGNATURE_PIPELINE[0]!,
      failing,
      ...SIGNATURE_PIPELINE.slice(1),
    ]);
    expect(generated.notes).toEqual(['Exploding: Rule failed: bad input 42']);
    expect(generated.signature).toBe('main');
  });

  it('returns the debug log of every rule that changed the signature', () => {
    const generated = generateSignature(crashWithFunctions(['main'], { hang: 'ui' }), lists);
    expect(generated.debugLog).toContain('SignatureGenerationRule: change signature: "" -> "main"');
    expect(generated.debugLog).toContain(
      'HungProcess: change signature: "main" -> "hang: ui | main"',
    );
  });

  it('produces a printable signature of at most 255 characters for any crash data, quickly', async () => {
    const ownLists = await loadSignatureLists();
    const frame = fc.record(
      {
        function: fc.oneof(fc.string(), fc.constantFrom('a<b>(c)', 'x::h0123abcd', '')),
        module: fc.string(),
        file: fc.oneof(fc.string(), fc.constant('hg:h:src/a.rs:1')),
        line: fc.oneof(fc.nat(), fc.string()),
        offset: fc.string(),
        inlines: fc.array(fc.record({ function: fc.string() }), { maxLength: 2 }),
        unloaded_modules: fc.array(fc.record({ module: fc.string() }), { maxLength: 1 }),
      },
      { requiredKeys: [] },
    );
    const crashData = fc.record(
      {
        crashing_thread: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.string(), fc.constant(null)),
        threads: fc.array(fc.record({ frames: fc.array(frame, { maxLength: 45 }) }), {
          maxLength: 3,
        }),
        reason: fc.string(),
        hang: fc.option(fc.string()),
        abort_message: fc.string(),
        oom_allocation_size: fc.oneof(fc.nat(), fc.constant(null)),
        async_shutdown_timeout: fc.oneof(fc.string(), fc.json()),
        ipc_channel_error: fc.string(),
        java_stack_trace: fc.oneof(fc.constant(''), fc.string()),
        anything: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(crashData, (data) => {
        const { signature } = generateSignature(data, ownLists);
        expect(signature.length).toBeLessThanOrEqual(255);
        expect(signature).toMatch(/^[ -~]*$/);
      }),
      { numRuns: 400, interruptAfterTimeLimit: 10_000 },
    );
  });
});
