import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { colourIndexFor } from '../identity/userIdentity';
import { readAwarenessUser, readColourClaim } from './awarenessUser';
import { ColourAgreement } from './ColourAgreement';

/** Two ids whose derived colour is the same: both start out wanting one colour. */
const SAME_WISH = ['persoon-0006', 'persoon-0011'] as const;

function person(userId: string) {
  const awareness = new Awareness(new Y.Doc());
  const agreement = new ColourAgreement({ awareness, boardId: 'bord', userId });
  return { userId, awareness, agreement };
}

/** What the relay does, in both directions, until nobody changes any more. */
async function exchange(people: ReturnType<typeof person>[]) {
  for (let round = 0; round < 10; round++) {
    for (const from of people) {
      for (const to of people) {
        if (from === to) continue;
        const update = encodeAwarenessUpdate(from.awareness, [from.awareness.clientID]);
        applyAwarenessUpdate(to.awareness, update, 'relay');
      }
    }
    await Promise.resolve();
  }
}

describe('ColourAgreement', () => {
  it('publishes a claim from the start', () => {
    const anna = person('anna-id');
    expect(readColourClaim(anna.awareness.getLocalState())).toMatchObject({
      userId: 'anna-id',
      colour: anna.agreement.colour,
    });
  });

  it('believes a claim only for the user id the server wrote into the same state', () => {
    const claim = { userId: 'anna-id', colour: '#1864ab', since: 1 };
    expect(readColourClaim({ user: { id: 'anna-id' }, colour: claim })).toEqual(claim);
    expect(readColourClaim({ user: { id: 'bram-id' }, colour: claim })).toBeNull();
  });

  it('two people who want the same colour end up with different ones, the first keeps it', async () => {
    expect(colourIndexFor(SAME_WISH[0])).toBe(colourIndexFor(SAME_WISH[1]));
    const first = person(SAME_WISH[0]);
    const wanted = first.agreement.colour;
    await new Promise((resolve) => setTimeout(resolve, 2)); // a later claim
    const second = person(SAME_WISH[1]);
    expect(second.agreement.colour).toBe(wanted);
    const seen: string[] = [];
    second.agreement.subscribe((colour) => seen.push(colour));

    await exchange([first, second]);

    expect(first.agreement.colour).toBe(wanted);
    expect(second.agreement.colour).not.toBe(wanted);
    expect(seen).toEqual([second.agreement.colour]);
    // Everyone reads the claimed colour, also where the user field still has the old one.
    second.awareness.setLocalStateField('user', {
      id: SAME_WISH[1],
      name: 'Bram',
      color: wanted,
      role: 'participant',
    });
    await exchange([first, second]);
    const bramSeenByAnna = readAwarenessUser(
      first.awareness.getStates().get(second.awareness.clientID),
    );
    expect(bramSeenByAnna?.color).toBe(second.agreement.colour);
  });
});
