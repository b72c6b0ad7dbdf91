/**
 * On the energiemeter a marker means its energy on its own meter; a card means what gives or what
 * costs energy, and takes that area's colour.
 */
import type { BoardCard } from '../../cards/BoardCard.js';
import { classifyOnScaleBoard } from '../../markers/scaleBoard.js';
import type { ScaleLayout } from '../../markers/scale.js';
import type { Placement } from '../Werkvorm.js';
import { SOURCE_COLORS, type SourceZone } from './layout.js';
import { SOURCE_TEXTS } from './texts.js';

export function classifyEnergiemeter(card: BoardCard, layout: ScaleLayout): Placement {
  return classifyOnScaleBoard(card, layout, (zone) => {
    const id = zone.id as SourceZone;
    return { zoneId: id, label: SOURCE_TEXTS[id].short, color: SOURCE_COLORS[id] };
  });
}
