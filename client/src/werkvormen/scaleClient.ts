/**
 * What the werkvormen with scales (schaalvraag, energiemeter) add to the client, the same for
 * both: each person's own marker kept theirs and standing in its column (`shapes/markering/`),
 * and "Verdeling", the board's oogst of its scales with the rondes (`werkvorm/scale/`).
 */
import { registerMarkerRules } from '../shapes/markering/markerRules';
import { ScaleView, ScaleViewToggle } from '../werkvorm/scale/ScaleView';
import type { WerkvormClient } from '../werkvorm/werkvormClient';

export const SCALE_CLIENT: WerkvormClient = {
  canvasEffects: (editor) => registerMarkerRules(editor),
  StepAction: ScaleViewToggle,
  SidePanel: ScaleView,
};
