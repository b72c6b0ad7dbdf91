/**
 * Leeg bord: a free canvas without structure. It has no zones (so no reflectie zone), no steps
 * and no reflection prompts; its harvest lists every card in reading order.
 */
import {
  cardTitle,
  compareReadingOrder,
  type BoardCard,
  type BoardRelation,
} from '../../cards/BoardCard.js';
import type { Localized } from '../../i18n.js';
import { isoTime, type Harvest } from '../Harvest.js';
import { layoutBounds, textMark, type Layout } from '../Layout.js';
import { THEMA_SETTINGS, type ThemaSettings } from '../SettingsSchema.js';
import type { Werkvorm } from '../Werkvorm.js';

export type LeegBordSettings = ThemaSettings;

export interface LeegBordResult {
  cards: { id: string; kind: BoardCard['kind']; text: string; author: string }[];
  relations: BoardRelation[];
}

const KIND_LABELS: Record<BoardCard['kind'], Localized> = {
  anekdote: { nl: 'anekdote', en: 'anecdote' },
  stakeholder: { nl: 'stakeholder', en: 'stakeholder' },
  kaart: { nl: 'kaart', en: 'card' },
  markering: { nl: 'markering', en: 'marker' },
};

function layout(settings: LeegBordSettings): Layout {
  const marks = settings.thema.trim()
    ? [textMark({ x: 0, y: 0 }, { nl: settings.thema, en: settings.thema }, 'xl', 'start')]
    : [];
  return { zones: [], marks, bounds: layoutBounds([], marks, 0) };
}

function harvest(
  cards: readonly BoardCard[],
  relations: readonly BoardRelation[],
  settings: LeegBordSettings,
): Harvest<LeegBordResult> {
  const listed = [...cards].sort(compareReadingOrder);
  return {
    werkvorm: 'leeg-bord',
    thema: settings.thema,
    result: {
      cards: listed.map((c) => ({ id: c.id, kind: c.kind, text: cardTitle(c), author: c.author })),
      relations: [...relations],
    },
    reflection: { prompts: [], answers: [] },
    tables: [
      {
        id: 'kaarten',
        title: { nl: 'Kaarten', en: 'Cards' },
        columns: [
          { key: 'soort', label: { nl: 'Soort', en: 'Kind' } },
          { key: 'tekst', label: { nl: 'Tekst', en: 'Text' } },
          { key: 'auteur', label: { nl: 'Auteur', en: 'Author' } },
          { key: 'geschreven', label: { nl: 'Geschreven op', en: 'Written at' }, format: 'time' },
        ],
        rows: listed.map((c) => [
          KIND_LABELS[c.kind],
          cardTitle(c),
          c.author,
          isoTime(c.createdAt),
        ]),
      },
    ],
  };
}

/** An empty board without structure, for free drawing and writing. */
export const leegBord: Werkvorm<LeegBordSettings, Layout, LeegBordResult> = {
  id: 'leeg-bord',
  name: { nl: 'Leeg bord', en: 'Empty board' },
  description: {
    nl: 'Een vrij canvas zonder vaste structuur: tekenen, schrijven en notities plakken.',
    en: 'A free canvas without fixed structure: draw, write and place notes.',
  },
  cardKinds: ['kaart'],
  relations: false,
  settings: THEMA_SETTINGS,
  layout,
  classify: () => ({ zoneId: null, label: { nl: '', en: '' }, color: null }),
  relayout: () => [],
  steps: [],
  reflection: [],
  harvest,
};
