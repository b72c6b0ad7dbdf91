/**
 * y-websocket sends every presence change its awareness reports, the states it just received
 * from the server included: in a room of N moving cursors each client sent N − 1 echoes per
 * cursor update back, which the server only drops (a client id belongs to the connection that
 * introduced it). This makes the provider send this client's own state only.
 */
import type { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** Replaces the provider's awareness listener; returns the function that removes ours. */
export function sendOwnPresenceOnly(
  provider: Pick<WebsocketProvider, '_awarenessUpdateHandler'>,
  awareness: Awareness,
): () => void {
  const send = provider._awarenessUpdateHandler;
  awareness.off('update', send);
  const own = (ids: number[]) => ids.filter((id) => id === awareness.clientID);
  const sendOwn = (change: AwarenessChange, origin: unknown) => {
    const mine = {
      added: own(change.added),
      updated: own(change.updated),
      removed: own(change.removed),
    };
    if (mine.added.length + mine.updated.length + mine.removed.length > 0) send(mine, origin);
  };
  awareness.on('update', sendOwn);
  return () => awareness.off('update', sendOwn);
}
