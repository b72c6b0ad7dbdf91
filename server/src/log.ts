/**
 * Structured JSON logs (pino), one line per event, to stdout. Every line, of every child logger,
 * is written through `redactSecrets`: tokens and member keys never reach a log.
 */
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';
import { redactSecrets } from './logRedaction.js';

export type { Logger };

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    name: 'werkbord',
    level,
    serializers: { err: serializeError },
    hooks: { streamWrite: redactSecrets },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * pino's error serializer, without the raw bytes Node attaches to a malformed HTTP request
 * (`rawPacket`): they hold the request line, token included, as numbers no redaction would see.
 */
function serializeError(error: unknown): unknown {
  const serialized: unknown = stdSerializers.err(error as Error);
  if (typeof serialized !== 'object' || serialized === null) return serialized;
  return Object.fromEntries(Object.entries(serialized).filter(([key]) => key !== 'rawPacket'));
}
