/**
 * Local UI state only: language, who I am, the connection as shown in the header, open panels.
 * Board content never lives here; it lives in the tldraw store and the Yjs documents.
 */
import { Language } from '@werkbord/shared';
import { create } from 'zustand';
import { cleanName, loadIdentity, saveName, type UserIdentity } from '../identity/userIdentity';
import { INITIAL_CONNECTION, type ConnectionState } from '../sync/connectionState';
import { SettingKey, readSetting, writeSetting } from './localSettings';

export interface UiState {
  language: Language;
  identity: UserIdentity;
  connection: ConnectionState;
  participantsOpen: boolean;
  /** The name dialog, opened again on request ("Naam wijzigen"); it also shows while no name is known. */
  nameDialogOpen: boolean;
  setLanguage(language: Language): void;
  /** Sets and remembers the name; ignores an empty name. */
  setName(name: string): void;
  setConnection(connection: ConnectionState): void;
  setParticipantsOpen(open: boolean): void;
  setNameDialogOpen(open: boolean): void;
}

export const useUiStore = create<UiState>()((set) => ({
  language: initialLanguage(),
  identity: loadIdentity(),
  connection: INITIAL_CONNECTION,
  participantsOpen: false,
  nameDialogOpen: false,
  setLanguage(language) {
    writeSetting(SettingKey.Language, language);
    document.documentElement.lang = language;
    set({ language });
  },
  setName(raw) {
    const name = cleanName(raw);
    if (!name) return;
    saveName(name);
    set((state) => ({ identity: { ...state.identity, name } }));
  },
  setConnection(connection) {
    set({ connection });
  },
  setParticipantsOpen(participantsOpen) {
    set({ participantsOpen });
  },
  setNameDialogOpen(nameDialogOpen) {
    set({ nameDialogOpen });
  },
}));

/** Dutch unless this browser chose English before; the browser's own language is not consulted. */
function initialLanguage(): Language {
  const stored = readSetting(SettingKey.Language);
  const language = stored === Language.English ? Language.English : Language.Dutch;
  document.documentElement.lang = language;
  return language;
}
