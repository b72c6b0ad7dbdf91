/**
 * The few things the browser remembers across boards (language, name, a stable user id). Storage
 * can be unavailable (private windows, blocked cookies): then we simply forget, never crash.
 */
const PREFIX = 'werkbord.';

export const SettingKey = {
  Language: 'language',
  Name: 'name',
  /** The secret presence key (`@werkbord/shared` `presenceKey.ts`); the user id derives from it. */
  PresenceKey: 'presenceKey',
  TldrawPreferences: 'tldrawPreferences',
  /** `;` when the harvest's CSV is for Dutch Excel. */
  CsvSeparator: 'csvSeparator',
  /** Whether the begeleider's row of tools is folded away (`'false'`). */
  ToolsOpen: 'toolsOpen',
} as const;
export type SettingKey = (typeof SettingKey)[keyof typeof SettingKey];

export function readSetting(key: SettingKey): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function writeSetting(key: SettingKey, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + key, value);
  } catch {
    // Not remembered this time; the session keeps working with the value in memory.
  }
}
