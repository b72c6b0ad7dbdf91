/** Whether the momentopnamen panel is open, and which snapshot is being viewed instead of the live board. */
import type { SnapshotInfo } from '@werkbord/shared';
import { create } from 'zustand';
import type { SnapshotDocuments } from './snapshotDocuments';

export interface ViewedSnapshot {
  info: SnapshotInfo;
  documents: SnapshotDocuments;
}

interface SnapshotsState {
  open: boolean;
  viewing: ViewedSnapshot | null;
  setOpen(open: boolean): void;
  setViewing(viewing: ViewedSnapshot | null): void;
}

export const useSnapshotsStore = create<SnapshotsState>()((set) => ({
  open: false,
  viewing: null,
  setOpen: (open) => set({ open }),
  setViewing: (viewing) => set({ viewing }),
}));
