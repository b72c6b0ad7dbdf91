/** Every werkvorm, one line each. A test fails when a werkvorm folder is missing here. */
import { tweeKeerTweeVragen } from './2x2-vragen/index.js';
import { cirkelVanInvloed } from './cirkel-van-invloed/index.js';
import { energiemeter } from './energiemeter/index.js';
import { historielijn } from './historielijn/index.js';
import { hoeWerkteHetHier } from './hoe-werkte-het-hier/index.js';
import { klaagEnJubelmuur } from './klaag-en-jubelmuur/index.js';
import { leegBord } from './leeg-bord/index.js';
import { meerdereStemmen } from './meerdere-stemmen/index.js';
import { progressiecirkel } from './progressiecirkel/index.js';
import { schaalvraag } from './schaalvraag/index.js';
import { stakeholdermap } from './stakeholdermap/index.js';
import type { Werkvorm } from './Werkvorm.js';

/** In the order the home page shows them; the first is preselected, the blank board comes last. */
export const WERKVORMEN: readonly Werkvorm[] = [
  historielijn,
  klaagEnJubelmuur,
  stakeholdermap,
  cirkelVanInvloed,
  progressiecirkel,
  hoeWerkteHetHier,
  tweeKeerTweeVragen,
  meerdereStemmen,
  schaalvraag,
  energiemeter,
  leegBord,
];

export function findWerkvorm(id: string): Werkvorm | undefined {
  return WERKVORMEN.find((werkvorm) => werkvorm.id === id);
}
