import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE_PROPS } from '@werkbord/shared';
import { createTLStore, DocumentRecordType, PageRecordType, type TLShapeId } from 'tldraw';
import { DEFAULT_PAGE_ID } from '../sync/storeBinding';
import { BINDING_UTILS, SHAPE_UTILS } from '../shapes/boardShapes';
import { readTldrFile } from './tldrFile';

const schema = {
  schemaVersion: 2,
  sequences: {},
};

function file(records: unknown[]) {
  return JSON.stringify({ tldrawFileFormatVersion: 1, schema, records });
}

describe('readTldrFile', () => {
  it('refuses something that is not JSON', () => {
    expect(readTldrFile('hallo')).toEqual({ ok: false, reason: 'notTldraw' });
  });

  it('refuses JSON that is not a tldraw file', () => {
    expect(readTldrFile('{"foo":1}')).toEqual({ ok: false, reason: 'notTldraw' });
  });

  it('refuses a file from a newer tldraw', () => {
    const json = JSON.stringify({ tldrawFileFormatVersion: 99, schema, records: [] });
    expect(readTldrFile(json)).toEqual({ ok: false, reason: 'tooNew' });
  });

  it('refuses a file without shapes', () => {
    expect(readTldrFile(file([])).ok).toBe(false);
  });
});

describe('readTldrFile with a real file', () => {
  it('keeps the shapes and moves them onto the board page', () => {
    const store = createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: BINDING_UTILS });
    const page = PageRecordType.create({
      id: PageRecordType.createId('elders'),
      name: 'P',
      index: 'a1' as never,
    });
    const shape = {
      id: 'shape:een' as TLShapeId,
      typeName: 'shape',
      type: 'werkbord-kaart',
      x: 10,
      y: 20,
      rotation: 0,
      index: 'a1',
      parentId: page.id,
      isLocked: false,
      opacity: 1,
      meta: {},
      props: { ...DEFAULT_SHAPE_PROPS.kaart, text: 'Hoi' },
    };
    const json = JSON.stringify({
      tldrawFileFormatVersion: 1,
      schema: store.schema.serialize(),
      records: [DocumentRecordType.create({ id: 'document:document' as never }), page, shape],
    });
    const result = readTldrFile(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ id: 'shape:een', parentId: DEFAULT_PAGE_ID, x: 10 });
  });
});
