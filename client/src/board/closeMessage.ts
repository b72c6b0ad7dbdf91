import { CloseCode } from '@werkbord/shared';
import type { MessageKey } from '../i18n/nl';

const MESSAGES: Partial<Record<number, MessageKey>> = {
  [CloseCode.Unauthorized]: 'sync.closed.unauthorized',
  [CloseCode.Forbidden]: 'sync.closed.forbidden',
  [CloseCode.NotFound]: 'sync.closed.notFound',
  [CloseCode.RateLimited]: 'sync.closed.rateLimited',
  [CloseCode.RoomFull]: 'sync.closed.roomFull',
  [CloseCode.TooManyAttempts]: 'sync.closed.tooManyAttempts',
  [CloseCode.StorageFull]: 'sync.closed.storageFull',
  [CloseCode.ServerShutdown]: 'sync.closed.serverRestart',
  [CloseCode.Unavailable]: 'sync.closed.unavailable',
  [CloseCode.BoardDeleted]: 'sync.closed.boardDeleted',
};

/** The sentence that explains a server close code, or `null` for codes a person needn't know. */
export function closeMessageKey(closeCode: number | null): MessageKey | null {
  return closeCode === null ? null : (MESSAGES[closeCode] ?? null);
}
