/** SignatureRunWatchDog: shutdown hangs are signed by the main thread, not the watchdog. */
import type { SignatureRule } from '../signature-rule.js';
import { signatureGenerationRule } from './signature-generation.js';

const NAME = 'SignatureRunWatchDog';

/**
 * Reads the signature; when it names `RunWatchdog` (the thread that kills a hung shutdown),
 * generates the signature again from thread 0 — where the shutdown is stuck — which also
 * replaces proto_signature, then prepends `shutdownhang | `. Prefixes added by earlier rules
 * are lost, as in the reference. research/socorro-processor.md §3.2 step 7, §10 item 7.
 */
export const runWatchdogRule: SignatureRule = {
  name: NAME,
  description:
    'When the signature names RunWatchdog (the shutdown watchdog), regenerates it from thread 0, ' +
    'where shutdown is stuck, and prepends "shutdownhang | ".',
  predicate: ({ result }) => result.signature.includes('RunWatchdog'),
  action(context) {
    signatureGenerationRule.action({
      ...context,
      crashData: { ...context.crashData, crashing_thread: 0 },
    });
    context.result.setSignature(NAME, `shutdownhang | ${context.result.signature}`);
  },
};
