/**
 * The werkvorm the open board runs, with its settings, layout and current step, mirrored from the
 * control document. A store rather than React context because non-React code inside the editor
 * (shape utils, side effects, tools) reads it too, through `useWerkvormStore.getState()`.
 */
import { Role, type Layout, type Werkvorm } from '@werkbord/shared';
import { create } from 'zustand';
import { werkvormOrBlank, type ControlState } from './controlState';
import { GENERIC_CLIENT, type WerkvormClient } from './werkvormClient';

export interface WerkvormState {
  werkvorm: Werkvorm;
  /** What the werkvorm adds to the client (`werkvormen/registry.ts`). */
  client: WerkvormClient;
  settings: unknown;
  /** `werkvorm.layout(settings)`, computed once per settings change. */
  layout: Layout;
  step: number;
  /** The role of this browser on the board (shapes the UI; the server enforces it). */
  role: Role;
  /**
   * Called when the control document changes. Recomputes the layout only when the settings did
   * (the control state hands the same settings object until they are written again).
   */
  applyControl(control: ControlState, role: Role, client: WerkvormClient): void;
}

const initial = werkvormOrBlank('');

export const useWerkvormStore = create<WerkvormState>()((set, get) => ({
  werkvorm: initial,
  client: GENERIC_CLIENT,
  settings: initial.settings.defaults(),
  layout: initial.layout(initial.settings.defaults()),
  step: 0,
  role: Role.Viewer,
  applyControl(control, role, client) {
    const current = get();
    const sameLayout =
      current.werkvorm === control.werkvorm && current.settings === control.settings;
    set({
      werkvorm: control.werkvorm,
      client,
      settings: sameLayout ? current.settings : control.settings,
      layout: sameLayout ? current.layout : control.werkvorm.layout(control.settings),
      step: control.step,
      role,
    });
  },
}));
