/** The harvest of meerdere stemmen: what each voice would say, the follow-up, reflection. */
import type { BoardCard, BoardRelation } from '../../cards/BoardCard.js';
import type { Localized } from '../../i18n.js';
import type { Harvest } from '../Harvest.js';
import type { ThemaSettings } from '../SettingsSchema.js';
import { reflectionTable } from '../reflectie.js';
import { cardTable, sortIntoZones, zonesTable, type HarvestedCard } from '../zoneBoard.js';
import { meerdereStemmenLayout } from './layout.js';
import {
  HARVEST_LABELS as L,
  REFLECTION,
  VERVOLG_ZONE_ID,
  VOICES,
  VOICE_IDS,
  type VoiceId,
} from './texts.js';

export interface VoiceHarvest {
  id: VoiceId;
  label: Localized;
  /** In reading order. */
  cards: HarvestedCard[];
}

export interface MeerdereStemmenResult {
  /** The four voices, in the order of the board. */
  stemmen: VoiceHarvest[];
  /** How to weigh the voices and who is needed: "proces en draagvlak". */
  vervolg: HarvestedCard[];
  overig: HarvestedCard[];
}

export function harvestMeerdereStemmen(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: ThemaSettings,
  extraAnswers: readonly string[] = [],
): Harvest<MeerdereStemmenResult> {
  const layout = meerdereStemmenLayout(settings);
  const { byZone, overig, answers } = sortIntoZones(
    cards,
    layout,
    [...VOICE_IDS, VERVOLG_ZONE_ID],
    extraAnswers,
  );
  const stemmen = VOICE_IDS.map((id) => ({ id, label: VOICES[id].label, cards: byZone[id] ?? [] }));
  const vervolg = byZone[VERVOLG_ZONE_ID] ?? [];
  return {
    werkvorm: 'meerdere-stemmen',
    thema: settings.thema,
    result: { stemmen, vervolg, overig },
    reflection: { prompts: REFLECTION, answers },
    tables: [
      zonesTable(
        'geluiden',
        L.geluiden,
        L.stem,
        stemmen.map((stem) => ({ label: VOICES[stem.id].short, cards: stem.cards })),
      ),
      cardTable('vervolg', L.vervolg, vervolg),
      cardTable('overig', L.overig, overig),
      reflectionTable(answers),
    ],
  };
}
