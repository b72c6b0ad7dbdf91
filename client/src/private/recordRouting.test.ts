import type { TLRecord } from 'tldraw';
import { describe, expect, it } from 'vitest';
import { Destination, createsPrivately, destinationOf, shapesFirst } from './recordRouting';

const shape = (id: string, parentId = 'page:page') =>
  ({ id, typeName: 'shape', type: 'note', parentId }) as unknown as TLRecord;
const binding = (id: string, fromId: string, toId: string) =>
  ({ id, typeName: 'binding', type: 'werkbord-relatie-end', fromId, toId }) as unknown as TLRecord;
const page = { id: 'page:two', typeName: 'page' } as unknown as TLRecord;
const asset = { id: 'asset:a', typeName: 'asset' } as unknown as TLRecord;

const context = (privateIds: string[], privateWriting: boolean) => ({
  isPrivate: (id: string) => privateIds.includes(id),
  privateWriting,
});

describe('routing of new records', () => {
  it('makes new shapes and bindings private while private writing is on', () => {
    const on = context([], true);
    expect(createsPrivately(shape('shape:a'), on)).toBe(true);
    expect(createsPrivately(binding('binding:a', 'shape:r', 'shape:x'), on)).toBe(true);
    expect(createsPrivately(asset, on)).toBe(false);
    expect(createsPrivately(page, on)).toBe(false);
  });

  it('puts a person’s marker on the board even while private writing is on', () => {
    const marker = { ...shape('shape:m'), type: 'werkbord-markering' } as TLRecord;
    expect(createsPrivately(marker, context([], true))).toBe(false);
  });

  it('puts everything on the board while private writing is off', () => {
    const off = context([], false);
    expect(createsPrivately(shape('shape:a'), off)).toBe(false);
    expect(createsPrivately(binding('binding:a', 'shape:r', 'shape:x'), off)).toBe(false);
    expect(createsPrivately(asset, off)).toBe(false);
  });

  it('keeps what belongs to a private card private at any time', () => {
    const off = context(['shape:mine'], false);
    expect(createsPrivately(binding('binding:a', 'shape:r', 'shape:mine'), off)).toBe(true);
    expect(createsPrivately(binding('binding:b', 'shape:mine', 'shape:x'), off)).toBe(true);
    expect(createsPrivately(shape('shape:child', 'shape:mine'), off)).toBe(true);
  });

  it('sends changes where the record lives', () => {
    const ctx = context(['shape:mine'], true);
    expect(destinationOf('shape:mine', ctx)).toBe(Destination.Private);
    expect(destinationOf('shape:board', ctx)).toBe(Destination.Content);
  });

  it('orders bindings after the shapes created with them', () => {
    const records = [binding('binding:a', 'shape:r', 'shape:a'), shape('shape:a'), page];
    expect(shapesFirst(records).map((record) => record.id)).toEqual([
      'shape:a',
      'page:two',
      'binding:a',
    ]);
  });
});
