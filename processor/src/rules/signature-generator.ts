/** SignatureGeneratorRule: the crash's signature. */
import type { ProcessorRule } from '../pipeline/processor-rule.js';
import { generateSignature } from '../signature/generate-signature.js';
import { buildSignatureCrashData } from '../signature/signature-crash-data.js';

/**
 * Reads the whole processed crash through the signature package's crash data (crashing thread
 * frames, reason, OS, Java stack, hang and OOM annotations…); writes `signature`,
 * `proto_signature` (the normalized frames of the crashing thread, when there are any) and
 * `signature_debug` (protected: what each signature rule did), and adds the signature rules'
 * notes. Runs after every rule its input depends on. §1.2 rule 49, §3.
 */
export const signatureGeneratorRule: ProcessorRule = {
  name: 'SignatureGeneratorRule',
  description:
    'Generates the signature (see signature-generation.md) and writes signature, proto_signature and signature_debug; the signature notes join the processor notes.',
  writes: ['signature', 'proto_signature', 'signature_debug'],
  action({ processedCrash, notes, services }) {
    const generated = generateSignature(
      buildSignatureCrashData(processedCrash),
      services.signatureLists,
    );
    processedCrash.signature = generated.signature;
    notes.addAll(generated.notes);
    if (generated.protoSignature !== null)
      processedCrash.proto_signature = generated.protoSignature;
    processedCrash.signature_debug = generated.debugLog.join('\n');
  },
};
