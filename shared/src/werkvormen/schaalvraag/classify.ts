/**
 * On the schaalvraag a marker means its value on the scale; a card means the question whose
 * column it lies in, and takes that question's colour.
 */
import type { BoardCard } from '../../cards/BoardCard.js';
import { classifyOnScaleBoard } from '../../markers/scaleBoard.js';
import type { ScaleLayout } from '../../markers/scale.js';
import type { Placement } from '../Werkvorm.js';
import { QUESTION_COLORS, type QuestionZone } from './layout.js';
import { QUESTION_TEXTS } from './texts.js';

export function classifySchaalvraag(card: BoardCard, layout: ScaleLayout): Placement {
  return classifyOnScaleBoard(card, layout, (zone) => {
    const id = zone.id as QuestionZone;
    return { zoneId: id, label: QUESTION_TEXTS[id].short, color: QUESTION_COLORS[id] };
  });
}
