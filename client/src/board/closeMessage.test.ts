import { CloseCode, FINAL_CLOSE_CODES } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { closeMessageKey } from './closeMessage';

describe('closeMessageKey', () => {
  it('explains a board that is out of reach for a moment (several processes), in Dutch and English', () => {
    const key = closeMessageKey(CloseCode.Unavailable);
    expect(key).toBe('sync.closed.unavailable');
    expect(nl[key!]).toBe('Het bord is even niet bereikbaar. We verbinden zo weer.');
    expect(en[key!]).toMatch(/cannot be reached/);
    expect(FINAL_CLOSE_CODES.has(CloseCode.Unavailable)).toBe(false); // the client reconnects
  });

  it('explains every code after which reconnecting cannot help, and a restart', () => {
    for (const code of [...FINAL_CLOSE_CODES, CloseCode.ServerShutdown]) {
      expect(closeMessageKey(code)).not.toBeNull();
    }
  });

  it('says nothing for a normal close or none', () => {
    expect(closeMessageKey(1000)).toBeNull();
    expect(closeMessageKey(null)).toBeNull();
  });
});
