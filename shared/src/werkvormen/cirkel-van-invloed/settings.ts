/**
 * Settings of the cirkel van invloed: the thema, and the owners, each with a pair of circles on
 * the shared board. The facilitator adds one per participant; by default one pair for the team.
 */
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

/** A person (or group) with their own pair of circles. */
export interface CircleOwner {
  /** Stable, so renaming keeps the cards; letters, digits, `_` and `-`. */
  id: string;
  name: string;
}

export interface CirkelSettings extends VersionedLayout {
  thema: string;
  owners: CircleOwner[];
}

export const MAX_OWNERS = 30;
export const OWNER_NAME_MAX_LENGTH = 60;
const OWNER_ID = /^[A-Za-z0-9_-]{1,40}$/;

const OWNERS_LABEL: Localized = { nl: 'Cirkels voor', en: 'Circles for' };

function readOwners(value: unknown, errors: SettingsError[]): CircleOwner[] {
  const refuse = (nl: string, en: string) => errors.push({ field: 'owners', message: { nl, en } });
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_OWNERS) {
    refuse(
      `Geef 1 tot ${MAX_OWNERS} namen voor de cirkels.`,
      `Give 1 to ${MAX_OWNERS} names for the circles.`,
    );
    return [];
  }
  const owners: CircleOwner[] = [];
  for (const item of value) {
    const record = asRecord(item);
    const id = record?.id;
    const name = record?.name;
    if (typeof id !== 'string' || !OWNER_ID.test(id)) {
      refuse(
        'Een paar cirkels heeft een ongeldige sleutel.',
        'A pair of circles has an invalid key.',
      );
    } else if (owners.some((owner) => owner.id === id)) {
      refuse(
        'Twee paren cirkels hebben dezelfde sleutel.',
        'Two pairs of circles have the same key.',
      );
    } else if (typeof name !== 'string' || name.trim().length === 0) {
      refuse('Elk paar cirkels heeft een naam nodig.', 'Every pair of circles needs a name.');
    } else if (name.length > OWNER_NAME_MAX_LENGTH) {
      refuse(
        `Een naam mag hoogstens ${OWNER_NAME_MAX_LENGTH} tekens hebben.`,
        `A name can have at most ${OWNER_NAME_MAX_LENGTH} characters.`,
      );
    } else {
      owners.push({ id, name });
    }
  }
  return owners;
}

function validate(input: unknown) {
  const record = asRecord(input) ?? {};
  const errors: SettingsError[] = [];
  const thema = readText(record, 'thema', THEMA_MAX_LENGTH, THEMA_FIELD.label, errors);
  const owners = readOwners(record.owners, errors);
  const layoutVersion = readLayoutVersion(record, errors);
  return settingsResult<CirkelSettings>({ thema, owners, layoutVersion }, errors);
}

export const cirkelSettings: SettingsSchema<CirkelSettings> = {
  defaults: () => ({
    thema: '',
    owners: [{ id: 'team', name: 'Team' }],
    layoutVersion: CURRENT_LAYOUT_VERSION,
  }),
  validate,
  legacy: LEGACY_LAYOUT,
  fields: [
    THEMA_FIELD,
    {
      key: 'owners',
      kind: 'name-list',
      label: OWNERS_LABEL,
      help: {
        nl: 'Een paar cirkels per deelnemer, met de naam erboven. Nieuwe paren komen erbij zonder dat de andere verschuiven.',
        en: 'A pair of circles per participant, with their name above it. New pairs are added without moving the others.',
      },
      minItems: 1,
      maxItems: MAX_OWNERS,
      maxLength: OWNER_NAME_MAX_LENGTH,
    },
  ],
};
