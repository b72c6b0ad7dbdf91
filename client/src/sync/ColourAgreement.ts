/**
 * My colour on a board, agreed with everyone present over the content room's awareness (see
 * `identity/colourClaim.ts` for the rule). Publishes my claim as the awareness field `colour`
 * from the start, also before I have a name, so nobody takes my colour while I type it; looks
 * again whenever someone's state changes, and remembers the colour per board for a reload.
 */
import type { Awareness } from 'y-protocols/awareness';
import { loadBoardColour, saveBoardColour } from '../identity/boardColour';
import { settleColour, type ColourClaim } from '../identity/colourClaim';
import { USER_COLOURS, colourIndexFor } from '../identity/userIdentity';
import { AwarenessField, readColourClaim } from './awarenessUser';

export interface ColourAgreementOptions {
  awareness: Awareness;
  boardId: string;
  userId: string;
}

type Listener = (colour: string) => void;

export class ColourAgreement {
  private claim: ColourClaim;
  private readonly listeners = new Set<Listener>();
  private scheduled = false;
  private destroyed = false;

  constructor(private readonly options: ColourAgreementOptions) {
    this.claim = this.settle(null);
    this.publish();
    options.awareness.on('change', this.onChange);
  }

  get colour(): string {
    return this.claim.colour;
  }

  /** Calls `listener` with each new colour; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.destroyed = true;
    this.options.awareness.off('change', this.onChange);
    this.listeners.clear();
  }

  // Settled after the awareness event, never inside it: publishing emits another change.
  private readonly onChange = () => {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.destroyed) return;
      const next = this.settle(this.claim);
      if (next === this.claim) return;
      this.claim = next;
      this.publish();
      for (const listener of this.listeners) listener(next.colour);
    });
  };

  private settle(mine: ColourClaim | null): ColourClaim {
    const { awareness, boardId, userId } = this.options;
    const others: ColourClaim[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const claim = readColourClaim(state);
      if (claim) others.push(claim);
    }
    return settleColour({
      userId,
      mine,
      preferred: loadBoardColour(boardId),
      others,
      palette: USER_COLOURS,
      start: colourIndexFor(userId),
      now: Date.now(),
    });
  }

  private publish(): void {
    this.options.awareness.setLocalStateField(AwarenessField.Colour, this.claim);
    saveBoardColour(this.options.boardId, this.claim.colour);
  }
}
