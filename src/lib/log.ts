import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/** The levels LOG_LEVEL accepts, quietest last. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/**
 * Keys whose values never reach a log line, wherever they sit one or two levels deep
 * (PRODUCT.md §8): a safety net; callers log no personal data or request bodies in the first place.
 */
const SECRET_KEYS = ['password', 'newPassword', 'secret', 'token', 'cookie', 'authorization'];

/**
 * The structured logger of the process: one JSON object per line on stdout (or `destination`,
 * which tests use to read what was logged), at `level` and above. Errors go under `err` (type,
 * message, stack). Per-request loggers are children carrying `requestId`.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`)],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
