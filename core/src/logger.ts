/**
 * Structured JSON logs (pino), written to standard error so that standard output stays free
 * for what commands print. Lines about a crash carry `crash_id`.
 */
import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Log levels accepted by CAIRN_LOG_LEVEL. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Makes the root logger of a process; services log through `logger.child({ service })`. */
export function createLogger(options: { level: (typeof LOG_LEVELS)[number] }): Logger {
  return pino(
    { level: options.level, base: {}, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ fd: 2, sync: false }),
  );
}

/** A logger that drops everything; for tests. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
