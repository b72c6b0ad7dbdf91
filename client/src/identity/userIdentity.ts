/**
 * Who this browser is on every board: an id (stable, so presence and attribution survive a
 * reload), a name typed once, and a colour. The id is the one the server derives from this
 * browser's presence key and writes into its presence, so nobody else can appear under it
 * (`presenceKey.ts`). The colour starts as one derived from the id; on a board it is the one
 * agreed with the others present (`sync/ColourAgreement.ts`).
 */
import { presenceIdForKey } from '@werkbord/shared';
import { SettingKey, readSetting, writeSetting } from '../storage/localSettings';
import { loadPresenceKey } from './presenceKey';

/**
 * Twelve distinct hues, dark enough for white text (tldraw writes names on the colour; contrast
 * at least 4.5:1) and for dots on white in the participant list.
 */
export const USER_COLOURS = [
  '#c92a2a', // red
  '#c2410c', // orange
  '#8f5a00', // ochre
  '#4d7c0f', // lime
  '#2b7a3b', // green
  '#0b7285', // cyan
  '#1864ab', // blue
  '#364fc7', // indigo
  '#5f3dc4', // violet
  '#862e9c', // purple
  '#c2255c', // magenta
  '#495057', // grey
] as const;

export const NAME_MAX_LENGTH = 40;

export interface UserIdentity {
  id: string;
  /** `null` until the person has typed a name. */
  name: string | null;
  colour: string;
}

export function loadIdentity(): UserIdentity {
  const id = presenceIdForKey(loadPresenceKey());
  return { id, name: cleanName(readSetting(SettingKey.Name) ?? ''), colour: colourFor(id) };
}

export function saveName(name: string): void {
  writeSetting(SettingKey.Name, name);
}

/** Trims and shortens a typed name; `null` when nothing usable is left. */
export function cleanName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX_LENGTH);
  return name.length > 0 ? name : null;
}

/** The same id always gets the same colour (FNV-1a hash over the palette). */
export function colourFor(id: string): string {
  return USER_COLOURS[colourIndexFor(id)] ?? USER_COLOURS[0];
}

/** The palette index of `colourFor(id)`: where this person starts looking for a free colour. */
export function colourIndexFor(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % USER_COLOURS.length;
}
