/**
 * Local UI state only: language, who I am, the connection as shown in the header, open panels.
 * Board content never lives here; it lives in the tldraw store and the Yjs documents.
 */
import { Language } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import { create } from 'zustand';
import { cleanName, loadIdentity, saveName, type UserIdentity } from '../identity/userIdentity';
import { INITIAL_CONNECTION, type ConnectionState } from './connectionState';
import { SettingKey, readSetting, writeSetting } from '../storage/localSettings';

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
  /** My colour on the open board (agreed with the others present). */
  setColour(colour: string): void;
  setConnection(connection: ConnectionState): void;
  setParticipantsOpen(open: boolean): void;
  setNameDialogOpen(open: boolean): void;
  /** The mounted tldraw editor, for our panels outside the canvas (camera moves, card counts). */
  editor: Editor | null;
  setEditor(editor: Editor | null): void;
  /** The steps bar shows the guidance (and reflection prompts), not just the title. */
  stepDetailsOpen: boolean;
  setStepDetailsOpen(open: boolean): void;
  settingsDialogOpen: boolean;
  setSettingsDialogOpen(open: boolean): void;
  teamViewOpen: boolean;
  setTeamViewOpen(open: boolean): void;
  /** The begeleider's row of session tools; folded away, the chrome is one compact row. */
  toolsOpen: boolean;
  setToolsOpen(open: boolean): void;
  /** Presentation: only the board, for the projector (`presentation/`). */
  presenting: boolean;
  setPresenting(presenting: boolean): void;
  /** The part of the board last brought into view ("Ga naar"); `null` for the whole board. */
  focusView: string | null;
  setFocusView(id: string | null): void;
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
  setColour(colour) {
    set((state) =>
      state.identity.colour === colour ? state : { identity: { ...state.identity, colour } },
    );
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
  editor: null,
  setEditor(editor) {
    set({ editor });
  },
  // Only tall screens (a projector, a large monitor) start with the guidance open, so phones and
  // laptops keep their room for the board; the step's title unfolds it.
  stepDetailsOpen:
    globalThis.matchMedia?.('(min-width: 700px) and (min-height: 1000px)').matches ?? true,
  setStepDetailsOpen(stepDetailsOpen) {
    set({ stepDetailsOpen });
  },
  settingsDialogOpen: false,
  setSettingsDialogOpen(settingsDialogOpen) {
    set({ settingsDialogOpen });
  },
  teamViewOpen: false,
  setTeamViewOpen(teamViewOpen) {
    set({ teamViewOpen });
  },
  toolsOpen: readSetting(SettingKey.ToolsOpen) !== 'false',
  setToolsOpen(toolsOpen) {
    writeSetting(SettingKey.ToolsOpen, String(toolsOpen));
    set({ toolsOpen });
  },
  presenting: false,
  setPresenting(presenting) {
    set({ presenting });
  },
  focusView: null,
  setFocusView(focusView) {
    set({ focusView });
  },
}));

/** Dutch unless this browser chose English before; the browser's own language is not consulted. */
function initialLanguage(): Language {
  const stored = readSetting(SettingKey.Language);
  const language = stored === Language.English ? Language.English : Language.Dutch;
  // No document outside a page (unit tests of modules that import this store run in Node).
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return language;
}
