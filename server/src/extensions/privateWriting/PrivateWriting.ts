/**
 * Private writing and onthullen as a relay extension. Each member writes in a private document
 * of their own (admitted with its member key, `admission.ts`); `reveal` moves every member's
 * private cards onto the board at once (`POST /api/boards/<id>/reveal`).
 */
import type { RelayContext, RelayExtension } from '../../relay/RelayExtension.js';
import { revealPrivateCards } from './reveal.js';

export class PrivateWriting implements RelayExtension {
  readonly name = 'private writing';
  #context: RelayContext | null = null;

  setup(context: RelayContext): void {
    this.#context = context;
  }

  /** Onthullen: moves the board's private cards onto it; resolves with how many were added. */
  reveal(boardId: string): Promise<number> {
    if (this.#context === null) return Promise.reject(new Error('the relay has not started'));
    return revealPrivateCards(this.#context, boardId);
  }
}
