/** Settings of the stakeholdermap: the initiative in the centre, the number of rings, the thema. */
import type { Localized } from '../../i18n.js';
import {
  THEMA_FIELD,
  THEMA_MAX_LENGTH,
  asRecord,
  readText,
  settingsResult,
  type SettingsError,
  type SettingsSchema,
} from '../SettingsSchema.js';
import {
  CURRENT_LAYOUT_VERSION,
  LEGACY_LAYOUT,
  readLayoutVersion,
  type VersionedLayout,
} from '../layoutVersion.js';

export interface StakeholdermapSettings extends VersionedLayout {
  /** The name in the centre; empty shows "Ons initiatief". */
  initiative: string;
  /** 2 to 4: the werkboek's two rings, optionally a third and fourth (`002:3601-3605`). */
  rings: number;
  thema: string;
}

export const MIN_RINGS = 2;
export const MAX_RINGS = 4;
export const INITIATIVE_MAX_LENGTH = 120;

const INITIATIVE_LABEL: Localized = {
  nl: 'Initiatief (in het midden)',
  en: 'Initiative (in the centre)',
};
const RINGS_LABEL: Localized = { nl: 'Aantal ringen', en: 'Number of rings' };

function validate(input: unknown) {
  const record = asRecord(input) ?? {};
  const errors: SettingsError[] = [];
  const initiative = readText(
    record,
    'initiative',
    INITIATIVE_MAX_LENGTH,
    INITIATIVE_LABEL,
    errors,
  );
  const rings = record.rings;
  if (
    typeof rings !== 'number' ||
    !Number.isInteger(rings) ||
    rings < MIN_RINGS ||
    rings > MAX_RINGS
  ) {
    errors.push({
      field: 'rings',
      message: {
        nl: `Kies ${MIN_RINGS} tot ${MAX_RINGS} ringen.`,
        en: `Choose ${MIN_RINGS} to ${MAX_RINGS} rings.`,
      },
    });
  }
  const thema = readText(record, 'thema', THEMA_MAX_LENGTH, THEMA_FIELD.label, errors);
  return settingsResult<StakeholdermapSettings>(
    { initiative, rings: rings as number, thema, layoutVersion: readLayoutVersion(record, errors) },
    errors,
  );
}

export const stakeholdermapSettings: SettingsSchema<StakeholdermapSettings> = {
  defaults: () => ({ initiative: '', rings: 2, thema: '', layoutVersion: CURRENT_LAYOUT_VERSION }),
  validate,
  legacy: LEGACY_LAYOUT,
  fields: [
    {
      key: 'initiative',
      kind: 'text',
      label: INITIATIVE_LABEL,
      reportLabel: { nl: 'Initiatief', en: 'Initiative' },
      maxLength: INITIATIVE_MAX_LENGTH,
      multiline: false,
      placeholder: { nl: 'Ons initiatief', en: 'Our initiative' },
    },
    {
      key: 'rings',
      kind: 'number-range',
      label: RINGS_LABEL,
      help: {
        nl: 'Ring 1 voor de belangrijkste stakeholders, ring 2 voor wie er ook toe doet; ring 3 en 4 als je verder wilt kijken.',
        en: 'Ring 1 for the most important stakeholders, ring 2 for those that also matter; rings 3 and 4 to look further.',
      },
      min: MIN_RINGS,
      max: MAX_RINGS,
      step: 1,
    },
    THEMA_FIELD,
  ],
};
