/**
 * Layout generations. Where a card lies is what it means, so a werkvorm whose background is
 * redrawn keeps every board on the geometry it was made with: its settings carry `layoutVersion`.
 * New boards, and settings given without the key (a form, the API), get the current generation;
 * settings stored before the key existed read as the first (`SettingsSchema.legacy`), so the cards
 * of older boards keep their meaning.
 */
import type { SettingsError } from './SettingsSchema.js';

export const LayoutVersion = {
  /** The first backgrounds: tall, zones sized for a paper wall. */
  Original: 1,
  /** Landscape backgrounds sized to the cards, so "Alles in beeld" is readable on a projector. */
  Landscape: 2,
} as const;
export type LayoutVersion = (typeof LayoutVersion)[keyof typeof LayoutVersion];

export const CURRENT_LAYOUT_VERSION: LayoutVersion = LayoutVersion.Landscape;

/** What settings stored before `layoutVersion` existed mean. */
export const LEGACY_LAYOUT = { layoutVersion: LayoutVersion.Original } as const;

/** Settings of a werkvorm whose layout has generations. */
export interface VersionedLayout {
  /** Missing means the current generation (stored settings without it are read as legacy). */
  layoutVersion?: LayoutVersion;
}

const VERSIONS: readonly unknown[] = Object.values(LayoutVersion);

/** The generation a record asks for: missing is current, anything unknown is refused. */
export function readLayoutVersion(
  record: Record<string, unknown>,
  errors: SettingsError[],
): LayoutVersion {
  const value = record.layoutVersion;
  if (value === undefined) return CURRENT_LAYOUT_VERSION;
  if (VERSIONS.includes(value)) return value as LayoutVersion;
  errors.push({
    field: 'layoutVersion',
    message: { nl: 'Onbekende versie van de indeling.', en: 'Unknown version of the layout.' },
  });
  return CURRENT_LAYOUT_VERSION;
}

/** The generation to draw for settings. */
export function layoutVersionOf(settings: VersionedLayout): LayoutVersion {
  return settings.layoutVersion ?? CURRENT_LAYOUT_VERSION;
}
