import { PRESENCE_MAX_BYTES, Role } from '@werkbord/shared';
import { InstancePresenceRecordType, createShapeId, createUserId, type TLScribble } from 'tldraw';
import { describe, expect, it } from 'vitest';
import { AwarenessField } from './awarenessUser';
import { MAX_SELECTED_IDS, trimPresence } from './presenceTrim';

/** The largest presence an honest page can make: everything selected, scribbling, chatting. */
function hugePresence() {
  const scribble = (id: string): TLScribble => ({
    id,
    points: Array.from({ length: 2_000 }, (_, i) => ({
      x: 1234.567891234 + i,
      y: -9876.54321987 - i,
      z: 0.512345678,
    })),
    size: 4,
    color: 'laser',
    opacity: 1,
    state: 'active',
    delay: 0,
    shrink: 0.1,
    taper: true,
  });
  return InstancePresenceRecordType.create({
    id: InstancePresenceRecordType.createId('a-fairly-long-instance-id-of-tldraw'),
    userId: createUserId('AbCdEfGhIjKlMnOpQrStUv'),
    userName: 'Ö'.repeat(40),
    currentPageId: 'page:page' as TLInstancePresence_PageId,
    selectedShapeIds: Array.from({ length: 2_000 }, () => createShapeId()),
    scribbles: [scribble('a'), scribble('b'), scribble('c')],
    chatMessage: '\u0001'.repeat(5_000),
    camera: { x: -12345.6789, y: 98765.4321, z: 0.123456789 },
    brush: { x: 1.23456789, y: 2.3456789, w: 345.6789, h: 456.789 },
    screenBounds: { x: 0, y: 0, w: 3840, h: 2160 },
    cursor: { x: 1234.5678, y: 8765.4321, type: 'default', rotation: 0 },
    lastActivityTimestamp: Date.now(),
  });
}
type TLInstancePresence_PageId = ReturnType<
  typeof InstancePresenceRecordType.create
>['currentPageId'];

describe('trimPresence', () => {
  it('keeps the largest honest presence well under the server’s limit', () => {
    const state = {
      [AwarenessField.User]: {
        id: 'AbCdEfGhIjKlMnOpQrStUv',
        name: 'Ö'.repeat(40),
        color: '#1864ab',
        role: Role.Participant,
      },
      [AwarenessField.Presence]: trimPresence(hugePresence()),
      pass: { roundId: 'mabc123-xyz789', index: 12 },
    };
    const bytes = new TextEncoder().encode(JSON.stringify(state)).length;
    expect(bytes).toBeLessThan(0.75 * PRESENCE_MAX_BYTES);
  });

  it('keeps the first selected ids and the last scribble points', () => {
    const huge = hugePresence();
    const trimmed = trimPresence(huge);
    expect(trimmed?.selectedShapeIds).toEqual(huge.selectedShapeIds.slice(0, MAX_SELECTED_IDS));
    expect(trimmed?.scribbles.map((scribble) => scribble.id)).toEqual(['b', 'c']);
    expect(trimmed?.scribbles[0]?.points.at(-1)).toEqual({ x: 3233.6, y: -11875.5, z: 0.5 });
    expect(trimPresence(null)).toBeNull();
  });
});
