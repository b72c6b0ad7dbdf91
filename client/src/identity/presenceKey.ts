/**
 * This browser's presence key (`@werkbord/shared` `presenceKey.ts`): made once and kept in
 * localStorage, so a reload, another tab and every board show the same person. It goes to the
 * server only, with the content room's socket (`&pk=`); the server derives the user id from it.
 * Without storage (some private windows) the key lives as long as the page.
 */
import { PRESENCE_KEY_PATTERN, newMemberKey } from '@werkbord/shared';
import { SettingKey, readSetting, writeSetting } from '../storage/localSettings';

let inMemory: string | null = null;

export function loadPresenceKey(): string {
  const stored = readSetting(SettingKey.PresenceKey) ?? inMemory;
  if (stored !== null && PRESENCE_KEY_PATTERN.test(stored)) return stored;
  // A member key is the same thing: 128 random bits from the platform's cryptographic source.
  const key = newMemberKey();
  inMemory = key;
  writeSetting(SettingKey.PresenceKey, key);
  return key;
}
