import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { participantsFrom, type Participant } from '../sync/participants';
import { constantFeed, createFeed } from './createFeed';

const NOBODY: Participant[] = [];

/** Everyone present on the board (me included), live from awareness. */
export function useParticipants(awareness: Awareness | null): Participant[] {
  const feed = useMemo(
    () =>
      awareness
        ? createFeed(
            () => participantsFrom(awareness.getStates(), awareness.clientID),
            (onChange) => {
              awareness.on('change', onChange);
              return () => awareness.off('change', onChange);
            },
          )
        : constantFeed(NOBODY),
    [awareness],
  );
  return useSyncExternalStore(feed.subscribe, feed.getSnapshot);
}
