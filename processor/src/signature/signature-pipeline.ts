/**
 * The signature rules, in the order they run. Later rules build on the signature earlier ones
 * left, so the order decides the nesting: `hang: X | stackoverflow | Abort | msg | OOM | large |
 * bad hardware | <frames> | IPC_Message_Name=Y`. research/socorro-processor.md §3.2.
 */
import { abortSignatureRule } from './rules/abort-signature.js';
import { badHardwareRule } from './rules/bad-hardware.js';
import { fixWhitespaceRule } from './rules/fix-whitespace.js';
import { hungProcessRule } from './rules/hung-process.js';
import { ipcChannelErrorRule } from './rules/ipc-channel-error.js';
import { ipcMessageNameRule } from './rules/ipc-message-name.js';
import { oomSignatureRule } from './rules/oom-signature.js';
import { printableCharsOnlyRule } from './rules/printable-chars-only.js';
import { runWatchdogRule } from './rules/run-watchdog.js';
import { shutdownTimeoutRule } from './rules/shutdown-timeout.js';
import { signatureGenerationRule } from './rules/signature-generation.js';
import { stackOverflowRule } from './rules/stack-overflow.js';
import { stackwalkerErrorRule } from './rules/stackwalker-error.js';
import { truncateRule } from './rules/truncate.js';
import type { SignatureRule } from './signature-rule.js';

/** The default signature rule set. */
export const SIGNATURE_PIPELINE: readonly SignatureRule[] = Object.freeze([
  signatureGenerationRule,
  stackwalkerErrorRule, // only sees the base signature's EMPTY marker
  badHardwareRule,
  oomSignatureRule, // "OOM | small" replaces everything before it
  abortSignatureRule,
  shutdownTimeoutRule, // replaces the signature
  runWatchdogRule, // regenerates from thread 0: drops the prefixes added above
  ipcChannelErrorRule, // replaces the signature
  ipcMessageNameRule,
  stackOverflowRule,
  hungProcessRule, // outermost prefix
  // Clean-up rules: always last, and in this order (tabs must be deleted before whitespace
  // is collapsed, and the length limit applies to the final text).
  printableCharsOnlyRule,
  fixWhitespaceRule,
  truncateRule,
]);
