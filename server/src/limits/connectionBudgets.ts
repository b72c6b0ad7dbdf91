/**
 * What one WebSocket may send, from the configuration: messages per second, bytes per second
 * and presence bytes per second, each a token bucket with its burst.
 */
import type { WerkbordConfig } from '../config.js';
import { TokenBucket } from './TokenBucket.js';

export interface ConnectionBudgets {
  messages: TokenBucket;
  bytes: TokenBucket;
  presence: TokenBucket;
}

export function connectionBudgets(
  config: Pick<
    WerkbordConfig,
    | 'maxMessagesPerSecond'
    | 'messageBurst'
    | 'maxBytesPerSecond'
    | 'maxMessageBytes'
    | 'maxPresenceBytes'
  >,
): ConnectionBudgets {
  return {
    messages: new TokenBucket(config.maxMessagesPerSecond, config.messageBurst),
    bytes: new TokenBucket(config.maxBytesPerSecond, 2 * config.maxMessageBytes),
    // Far above an honest cursor (about 12 states of 1 KiB a second), far below a flood.
    presence: new TokenBucket(8 * config.maxPresenceBytes, 32 * config.maxPresenceBytes),
  };
}
