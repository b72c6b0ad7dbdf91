/**
 * My presence, cut to a size the server relays. The server drops a presence state over its limit
 * (`WERKBORD_MAX_PRESENCE_BYTES`, `PRESENCE_MAX_BYTES` by default) instead of passing it on, so
 * an honest client must never come near it. What can grow in tldraw's presence is trimmed: the
 * selection (select-all on a board of 2,000 cards would be 60 KB of ids), the scribbles of the
 * laser and eraser (their points), and the cursor chat. Others see at most the first
 * `MAX_SELECTED_IDS` of my selected cards outlined, and the last points of a scribble.
 */
import type { TLInstancePresence } from 'tldraw';

export const MAX_SELECTED_IDS = 50;
export const MAX_SCRIBBLES = 2;
export const MAX_SCRIBBLE_POINTS = 32;
export const MAX_CHAT_LENGTH = 200;

const round = (value: number) => Math.round(value * 10) / 10;

export function trimPresence(presence: TLInstancePresence | null): TLInstancePresence | null {
  if (presence === null) return null;
  return {
    ...presence,
    selectedShapeIds: presence.selectedShapeIds.slice(0, MAX_SELECTED_IDS),
    scribbles: presence.scribbles.slice(-MAX_SCRIBBLES).map((scribble) => ({
      ...scribble,
      points: scribble.points
        .slice(-MAX_SCRIBBLE_POINTS)
        .map(({ x, y, z }) =>
          z === undefined
            ? { x: round(x), y: round(y) }
            : { x: round(x), y: round(y), z: round(z) },
        ),
    })),
    chatMessage: presence.chatMessage.slice(0, MAX_CHAT_LENGTH),
  };
}
