/** Whether the scale view ("Verdeling") is open: shared by its button beside the step and its panel. */
import { create } from 'zustand';

interface ScaleViewState {
  open: boolean;
  setOpen(open: boolean): void;
}

export const useScaleViewStore = create<ScaleViewState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
