/** Structured JSON logs (pino), one line per event, to stdout. */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/** Logs to stdout, or to `destination` (tests collect the lines). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return destination === undefined
    ? pino({ name: 'werkbord', level })
    : pino({ name: 'werkbord', level }, destination);
}
