/**
 * Why a dump cannot be processed at all (the reference prints no JSON and exits with 1):
 * - `MissingThreadList`: no readable ThreadList stream.
 * - `MissingSystemInfo`: no readable SystemInfo stream (contexts cannot be interpreted).
 * - `MinidumpReadError`: the header or directory is unreadable; `cause` is the MinidumpError.
 */
export type ProcessErrorKind = 'MissingThreadList' | 'MissingSystemInfo' | 'MinidumpReadError';

const DESCRIPTIONS: Record<ProcessErrorKind, string> = {
  MissingThreadList: 'The thread list stream was not found',
  MissingSystemInfo: 'The system information stream was not found',
  MinidumpReadError: 'Failed to read minidump',
};

/** The processing layer's typed error. */
export class ProcessError extends Error {
  override readonly name = 'ProcessError';
  readonly kind: ProcessErrorKind;

  constructor(kind: ProcessErrorKind, options?: { cause?: unknown }) {
    super(DESCRIPTIONS[kind], options);
    this.kind = kind;
  }
}
