import { describe, expect, it } from 'vitest';
import { YKeyValue } from 'y-utility/y-keyvalue';
import * as Y from 'yjs';
import { RecordKeyValue, type RecordChange } from './RecordKeyValue';

/** Two documents linked both ways, like two browsers through the relay. */
function linked() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(b, update, 'relay');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(a, update, 'relay');
  });
  return { a, b };
}

describe('RecordKeyValue', () => {
  it('behaves as y-utility’s YKeyValue for well-formed entries', () => {
    const { a, b } = linked();
    const ours = new RecordKeyValue<number>(a.getArray('records'));
    const theirs = new YKeyValue<number>(b.getArray('records'));
    const events: Array<Map<string, RecordChange<number>>> = [];
    ours.on('change', (changes: Map<string, RecordChange<number>>) => events.push(changes));
    theirs.set('x', 1);
    theirs.set('y', 2);
    theirs.set('x', 3);
    theirs.delete('y');
    ours.set('z', 4);
    expect(Object.fromEntries([...ours.map].map(([key, entry]) => [key, entry.val]))).toEqual({
      x: 3,
      z: 4,
    });
    expect(theirs.get('z')).toBe(4);
    expect(events.map((changes) => Object.fromEntries(changes))).toEqual([
      { x: { action: 'add', newValue: 1 } },
      { y: { action: 'add', newValue: 2 } },
      { x: { action: 'update', oldValue: 1, newValue: 3 } },
      { y: { action: 'delete', oldValue: 2 } },
      { z: { action: 'add', newValue: 4 } },
    ]);
  });

  it('skips elements that are not entries, on load and when they arrive, and keeps working', () => {
    const { a, b } = linked();
    const hostile = b.getArray<unknown>('records');
    hostile.push([null, 7, 'x', [1], { key: 3 }, { key: 'ok', val: 1 }]);
    const ours = new RecordKeyValue<number>(a.getArray('records'));
    expect([...ours.map.keys()]).toEqual(['ok']);
    expect(ours.skipped).toBe(5);

    const changes: string[] = [];
    ours.on('change', (map: Map<string, RecordChange<number>>) => changes.push(...map.keys()));
    hostile.push([null, { key: 'later', val: 2 }]);
    hostile.delete(0, 1); // deleting a malformed element is no change of a record
    ours.set('mine', 3);
    ours.delete('ok');
    expect(changes).toEqual(['later', 'mine', 'ok']);
    expect(ours.get('later')).toBe(2);
    expect(ours.has('ok')).toBe(false);
    expect(new RecordKeyValue(b.getArray('records')).get('mine')).toBe(3);
    // What this replaces: y-utility's own reads `null.key` and throws on the same array.
    expect(() => new YKeyValue(b.getArray<{ key: string; val: unknown }>('records'))).toThrow(
      TypeError,
    );
  });
});
