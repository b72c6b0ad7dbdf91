/**
 * Connects our identity and language (zustand) to tldraw's user model:
 * - `preferences` is what `<Tldraw user>` reads: id, name, colour and locale come from us, so
 *   tldraw's UI speaks our language and `editor.user` is this browser's stable id;
 * - changes made in tldraw's own menus flow back: its language picker switches our language
 *   (when it is NL or EN), editing the name in its people menu renames us; other tldraw
 *   preferences (dark mode, snapping…) are remembered in localStorage;
 * - `$user` is the signal the store (attribution) and presence read: `null` until a name is
 *   known, so nobody sees a nameless cursor.
 */
import { Language } from '@werkbord/shared';
import {
  UserRecordType,
  atom,
  computed,
  createTLCurrentUser,
  createUserId,
  type Signal,
  type TLCurrentUser,
  type TLUser,
  type TLUserPreferences,
} from 'tldraw';
import { SettingKey, readSetting, writeSetting } from '../storage/localSettings';
import { useUiStore, type UiState } from '../state/uiStore';

export interface UserBridge {
  preferences: TLCurrentUser;
  $user: Signal<TLUser | null>;
  /** Call when our identity or language changed. */
  update(state: Pick<UiState, 'identity' | 'language'>): void;
}

export function createUserBridge(initial: Pick<UiState, 'identity' | 'language'>): UserBridge {
  const $preferences = atom<TLUserPreferences>('werkbord: user preferences', {
    ...loadTldrawPreferences(),
    ...ownedPreferences(initial),
  });

  const $user = computed<TLUser | null>('werkbord: current user', () => {
    const { id, name, color } = $preferences.get();
    if (!name) return null;
    return UserRecordType.create({ id: createUserId(id), name, color: color ?? '' });
  });

  const preferences = createTLCurrentUser({
    userPreferences: $preferences,
    setUserPreferences(next) {
      const ui = useUiStore.getState();
      if (next.name && next.name !== ui.identity.name) ui.setName(next.name);
      if (isLanguage(next.locale) && next.locale !== ui.language) ui.setLanguage(next.locale);
      saveTldrawPreferences(next);
      // Identity stays ours, whatever tldraw's menus sent.
      $preferences.set({
        ...next,
        ...ownedPreferences(useUiStore.getState()),
        locale: next.locale,
      });
    },
  });

  return {
    preferences,
    $user,
    update(state) {
      $preferences.update((current) => ({ ...current, ...ownedPreferences(state) }));
    },
  };
}

const OWNED_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'color', 'locale']);

function ownedPreferences(
  state: Pick<UiState, 'identity' | 'language'>,
): Partial<TLUserPreferences> & { id: string } {
  return {
    id: state.identity.id,
    name: state.identity.name ?? '',
    color: state.identity.colour,
    locale: state.language,
  };
}

function isLanguage(value: unknown): value is Language {
  return value === Language.Dutch || value === Language.English;
}

/** The tldraw preferences that are not ours to decide (theme, snapping, …). */
function loadTldrawPreferences(): Partial<TLUserPreferences> {
  try {
    const parsed: unknown = JSON.parse(readSetting(SettingKey.TldrawPreferences) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([key]) => !OWNED_KEYS.has(key)));
  } catch {
    return {};
  }
}

function saveTldrawPreferences(preferences: TLUserPreferences): void {
  const rest = Object.entries(preferences).filter(([key]) => !OWNED_KEYS.has(key));
  writeSetting(SettingKey.TldrawPreferences, JSON.stringify(Object.fromEntries(rest)));
}
