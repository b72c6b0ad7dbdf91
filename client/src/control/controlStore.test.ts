import { BoardKey, CONTROL_BOARD, SessionKey } from '@werkbord/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { selectLockedCards, selectTimer, selectTitle, selectVoting } from './controlSelectors';
import { controlField, followControlDocument, useControlStore } from './controlStore';

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function follow(doc: Y.Doc) {
  stops.push(followControlDocument(doc));
  return doc.getMap<unknown>(CONTROL_BOARD);
}

/** Every result a selector gives after each change of the store. */
function resultsOf<T>(select: (state: ReturnType<typeof useControlStore.getState>) => T): T[] {
  const results = [select(useControlStore.getState())];
  stops.push(useControlStore.subscribe((state) => results.push(select(state))));
  return results;
}

describe('the control store', () => {
  it('gives a selector the same result while other keys change', () => {
    const board = follow(new Y.Doc());
    board.set(SessionKey.LockedCards, ['shape:a']);
    const lockedCards = resultsOf(selectLockedCards);
    board.set(SessionKey.Timer, { status: 'running', startedAt: 1, durationMs: 60_000 });
    board.set(BoardKey.Step, 2);
    board.set(SessionKey.Locked, true);
    expect(lockedCards).toHaveLength(4);
    expect(new Set(lockedCards).size).toBe(1);
    expect(lockedCards[0]).toEqual(['shape:a']);
  });

  it('gives a new result when its own key is written, and its default when it is removed', () => {
    const board = follow(new Y.Doc());
    const timers = resultsOf(selectTimer);
    board.set(SessionKey.Timer, { status: 'running', startedAt: 1, durationMs: 60_000 });
    board.delete(SessionKey.Timer);
    expect(timers.map((timer) => timer.status)).toEqual(['idle', 'running', 'idle']);
    expect(timers[1]).not.toBe(timers[0]);
  });

  it('follows what other browsers write, reading tolerantly', () => {
    const board = follow(new Y.Doc());
    const remote = new Y.Doc();
    remote.getMap<unknown>(CONTROL_BOARD).set(SessionKey.Voting, { nonsense: true });
    remote.getMap<unknown>(CONTROL_BOARD).set(BoardKey.Title, 'Teamdag');
    Y.applyUpdate(board.doc as Y.Doc, Y.encodeStateAsUpdate(remote), 'remote');
    const state = useControlStore.getState();
    expect(selectTitle(state)).toBe('Teamdag');
    expect(selectVoting(state)).toBeNull();
  });

  it('reads what the document had before it was followed, and forgets it when stopped', () => {
    const doc = new Y.Doc();
    doc.getMap<unknown>(CONTROL_BOARD).set(BoardKey.Title, 'Retro');
    const stop = followControlDocument(doc);
    expect(useControlStore.getState().doc).toBe(doc);
    expect(selectTitle(useControlStore.getState())).toBe('Retro');
    stop();
    expect(useControlStore.getState().doc).toBeNull();
    expect(selectTitle(useControlStore.getState())).toBeNull();
  });

  it('reads a value once per write, not once per selector call', () => {
    const board = follow(new Y.Doc());
    let reads = 0;
    const select = controlField('round', (value) => ({ reads: ++reads, value }));
    board.set('round', 1);
    select(useControlStore.getState());
    select(useControlStore.getState());
    board.set('timer', 2);
    select(useControlStore.getState());
    expect(reads).toBe(1);
  });
});
