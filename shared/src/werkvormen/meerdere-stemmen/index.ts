/** Meerdere stemmen: dwarskijkers, dromers, waarschuwers en enthousiastelingen (`002:3668-3708`). */
import type { Layout } from '../Layout.js';
import { THEMA_SETTINGS, type ThemaSettings } from '../SettingsSchema.js';
import { followZones } from '../followZones.js';
import type { Werkvorm } from '../Werkvorm.js';
import { classifyByZone } from '../zoneBoard.js';
import { harvestMeerdereStemmen, type MeerdereStemmenResult } from './harvest.js';
import { meerdereStemmenLayout } from './layout.js';
import { DESCRIPTION, NAME, REFLECTION, STEPS, VERVOLG, VERVOLG_ZONE_ID, VOICES } from './texts.js';

const SHORTS = {
  ...Object.fromEntries(Object.entries(VOICES).map(([id, voice]) => [id, voice.short])),
  [VERVOLG_ZONE_ID]: VERVOLG.short,
};

export const meerdereStemmen: Werkvorm<ThemaSettings, Layout, MeerdereStemmenResult> = {
  id: 'meerdere-stemmen',
  name: NAME,
  description: DESCRIPTION,
  cardKinds: ['kaart'],
  relations: false,
  settings: THEMA_SETTINGS,
  layout: meerdereStemmenLayout,
  classify: (card, layout) => classifyByZone(card, layout, SHORTS),
  relayout: followZones,
  steps: STEPS,
  reflection: REFLECTION,
  harvest: harvestMeerdereStemmen,
};

export type { MeerdereStemmenResult, VoiceHarvest } from './harvest.js';
export { VOICE_COLORS } from './layout.js';
export { VERVOLG_ZONE_ID, VOICE_IDS, type VoiceId } from './texts.js';
