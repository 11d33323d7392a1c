import { describe, expect, it } from 'vitest';
import { signatureGeneratorRule } from '../../src/rules/signature-generator.js';
import { createSignatureLists } from '../../src/signature/lists/signature-lists.js';
import { runRule, testServices } from '../fixtures/rule-harness.js';

const lists = createSignatureLists(
  {
    irrelevant: ['RtlUserThreadStart'],
    prefix: ['moz_abort'],
    lineNumbers: ['fnNeedNumber'],
    sentinels: [],
  },
  'test lists',
);

const frame = (name: string) => ({ function: name, module: 'libxul.so', file: null, line: null });

describe('SignatureGeneratorRule', () => {
  it('writes the signature, the proto signature and the debug log from the crashing thread', async () => {
    const run = await runRule(signatureGeneratorRule, {
      processedCrash: {
        json_dump: {
          crash_info: { crashing_thread: 0, type: 'SIGABRT' },
          system_info: { os: 'Linux' },
          threads: [
            {
              frames: [frame('moz_abort'), frame('Foo::Bar()'), frame('RtlUserThreadStart')],
            },
          ],
        },
      },
      services: testServices({ signatureLists: lists }),
    });
    expect(run.processedCrash.signature).toBe('moz_abort | Foo::Bar');
    expect(run.processedCrash.proto_signature).toBe('moz_abort | Foo::Bar | RtlUserThreadStart');
    expect(typeof run.processedCrash.signature_debug).toBe('string');
  });

  it('adds the signature notes to the processor notes and writes no proto signature without frames', async () => {
    const run = await runRule(signatureGeneratorRule, {
      processedCrash: { json_dump: { crash_info: { crashing_thread: 0 }, threads: [] } },
      services: testServices({ signatureLists: lists }),
    });
    expect(run.processedCrash.signature).toMatch(/^EMPTY: /);
    expect(run.processedCrash).not.toHaveProperty('proto_signature');
    expect(run.notes.length).toBeGreaterThan(0);
    expect(run.notes.every((note) => /^[A-Za-z]+: /.test(note))).toBe(true);
  });
});
