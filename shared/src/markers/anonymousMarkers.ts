/**
 * A marker on an anonymous board ("anoniem schrijven"). A marker must stay its owner's own, so it
 * keeps an owner; but the owner on a named board is the person's user id, which everyone sees
 * beside their name in presence, and its colour is their cursor's. So on an anonymous board a
 * marker carries neither: its owner is an id only its own browser (and the server, from that
 * browser's socket) can compute, from the secret presence key and the board, unrelated to the
 * user id and different on every board; its colour is one grey for all; its author is empty.
 */
import { toBase64Url } from '../memberKey.js';
import { sha256 } from '../sha256.js';

/** The colour of every marker on an anonymous board: in no person's palette, white text on it reads (6:1). */
export const ANONYMOUS_MARKER_COLOUR = '#5c636a';

/**
 * The owner of a person's markers on an anonymous board: base64url(sha256("werkbord-marker:" +
 * board id + ":" + presence key)), 22 characters.
 */
export function anonymousMarkerOwner(presenceKey: string, boardId: string): string {
  // ASCII: a presence key and a board id are base64url (their patterns), as in `presenceIdForKey`.
  const input = `werkbord-marker:${boardId}:${presenceKey}`;
  const bytes = Uint8Array.from(input, (char) => char.charCodeAt(0) & 0xff);
  return toBase64Url(sha256(bytes)).slice(0, 22);
}

/** Whether a marker's props already say nothing of its person (its owner aside). */
export function looksAnonymous(props: { author?: unknown; colour?: unknown }): boolean {
  return (props.author ?? '') === '' && props.colour === ANONYMOUS_MARKER_COLOUR;
}

/**
 * Stored werkvorm settings whose rondes (`rondes`: each person's value when a ronde was fixed)
 * name nobody: every marker of every ronde loses its name and colour, and its owner becomes
 * `ownerFor(owner)` (by default it stays: the harvest groups by it and shows none); a marker
 * already without name and colour is left as it is. The same
 * object when there is nothing to take off, so a caller can tell whether to write.
 */
export function settingsWithAnonymousRondes(
  settings: unknown,
  ownerFor: (owner: string) => string = (owner) => owner,
): unknown {
  if (typeof settings !== 'object' || settings === null) return settings;
  const rondes = (settings as Record<string, unknown>)[RONDES_SETTING];
  if (!Array.isArray(rondes)) return settings;
  let changed = false;
  const next = rondes.map((ronde: unknown) => {
    const markers = (ronde as { markers?: unknown } | null)?.markers;
    if (!Array.isArray(markers)) return ronde;
    return {
      ...(ronde as object),
      markers: markers.map((marker: unknown) => {
        if (typeof marker !== 'object' || marker === null) return marker;
        const m = marker as Record<string, unknown>;
        if (looksAnonymous({ author: m.name, colour: m.colour })) return m;
        changed = true;
        const owner = typeof m.owner === 'string' ? ownerFor(m.owner) : m.owner;
        return { ...m, owner, name: '', colour: ANONYMOUS_MARKER_COLOUR };
      }),
    };
  });
  return changed ? { ...(settings as object), [RONDES_SETTING]: next } : settings;
}

/** `rondes.ts`'s `RONDES_KEY`, repeated: that module draws on the cards, this one stays a leaf. */
const RONDES_SETTING = 'rondes';
