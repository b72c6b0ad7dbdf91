import { CONTENT_RECORDS, CONTROL_BOARD } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { YKeyValue } from 'y-utility/y-keyvalue';
import * as Y from 'yjs';
import { restoreDocuments, sameValue } from './restore.js';
import { FROM_SERVER } from '../../relay/serverWrite.js';

function boardDocs(records: Record<string, unknown>, board: Record<string, unknown>) {
  const content = new Y.Doc();
  const control = new Y.Doc();
  const kv = new YKeyValue(content.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS));
  for (const [key, val] of Object.entries(records)) kv.set(key, val);
  const map = control.getMap<unknown>(CONTROL_BOARD);
  for (const [key, val] of Object.entries(board)) map.set(key, val);
  return { content, control, kv, map };
}

describe('restoreDocuments', () => {
  it('makes content and board keys equal to the snapshot, keeping session keys', () => {
    const live = boardDocs(
      { a: { text: 'a2' }, b: { text: 'b' }, c: { text: 'c' } },
      { title: 'Nieuw', step: 3, timer: { status: 'idle' }, extra: 1 },
    );
    const snapshot = boardDocs(
      { a: { text: 'a1' }, b: { text: 'b' }, d: { text: 'd' } },
      { title: 'Oud', step: 1, timer: { status: 'paused' } },
    );
    const origins: unknown[] = [];
    live.content.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    live.control.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));

    expect(restoreDocuments(live, snapshot)).toBe(3 + 3);
    // One transaction per document (the test's own YKeyValue may add a tidy-up of its own).
    expect(origins.filter((origin) => origin === FROM_SERVER)).toHaveLength(2);
    const records = new YKeyValue(
      live.content.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS),
    );
    expect(Object.fromEntries([...records.map].map(([key, entry]) => [key, entry.val]))).toEqual({
      a: { text: 'a1' },
      b: { text: 'b' },
      d: { text: 'd' },
    });
    expect(live.map.toJSON()).toEqual({ title: 'Oud', step: 1, timer: { status: 'idle' } });
  });

  it('writes nothing when the board already equals the snapshot', () => {
    const live = boardDocs({ a: { text: 'a', list: [1, 2] } }, { step: 1 });
    const snapshot = boardDocs({ a: { list: [1, 2], text: 'a' } }, { step: 1 });
    let updates = 0;
    live.content.on('update', () => updates++);
    live.control.on('update', () => updates++);
    expect(restoreDocuments(live, snapshot)).toBe(0);
    expect(updates).toBe(0);
  });
});

describe('sameValue', () => {
  it('compares JSON-like values by structure', () => {
    expect(sameValue({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });
});

describe('sameValue', () => {
  const deep = (depth: number, leaf: unknown): unknown => {
    let value = leaf;
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
    return value;
  };

  it('compares values nested deeper than the stack without recursing', () => {
    expect(sameValue(deep(200_000, 1), deep(200_000, 1))).toBe(true);
    expect(sameValue(deep(200_000, 1), deep(200_000, 2))).toBe(false);
  });

  it('tells arrays, objects, bytes and missing keys apart', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(sameValue(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
  });
});
