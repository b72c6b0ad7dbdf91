import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE_PROPS } from '@werkbord/shared';
import { createTLStore, DocumentRecordType, PageRecordType, type TLShapeId } from 'tldraw';
import { DEFAULT_PAGE_ID } from '../sync/storeBinding';
import { BINDING_UTILS, SHAPE_UTILS } from '../shapes/boardShapes';
import { readTldrFile } from './tldrFile';
import { markTldrJson } from './werkbordMarker';

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

describe('readTldrFile and the werkvorm a Werkbord file was made with', () => {
  const store = createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: BINDING_UTILS });
  const kaart = {
    id: 'shape:kaart' as TLShapeId,
    typeName: 'shape',
    type: 'werkbord-kaart',
    x: 10,
    y: 20,
    rotation: 0,
    index: 'a1',
    parentId: DEFAULT_PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { ...DEFAULT_SHAPE_PROPS.kaart, text: 'Werkdruk' },
  };
  const exported = JSON.stringify({
    tldrawFileFormatVersion: 1,
    schema: store.schema.serialize(),
    records: [
      DocumentRecordType.create({ id: 'document:document' as never }),
      PageRecordType.create({ id: DEFAULT_PAGE_ID, name: 'Pagina 1', index: 'a1' as never }),
      kaart,
    ],
  });
  const settings = { initiative: 'De Brug', rings: 3, thema: 'Wie doet er mee?', layoutVersion: 1 };

  it('gives back the werkvorm and settings of a file Werkbord marked, through tldraw’s parser', () => {
    const result = readTldrFile(markTldrJson(exported, 'stakeholdermap', settings));
    expect(result).toMatchObject({ ok: true, origin: { werkvorm: 'stakeholdermap', settings } });
  });

  it('keeps an anonymous board anonymous: the mark says so, and a file without it is not', () => {
    const anonymous = readTldrFile(markTldrJson(exported, 'stakeholdermap', settings, true));
    expect(anonymous).toMatchObject({ ok: true, origin: { anonymous: true } });
    const named = readTldrFile(markTldrJson(exported, 'stakeholdermap', settings));
    expect(named).toMatchObject({ ok: true, origin: { anonymous: false } });
    expect(markTldrJson(exported, 'stakeholdermap', settings)).not.toContain('anonymous');
  });

  it('reads an unmarked file (an older Werkbord’s, or any tldraw file) as a leeg bord', () => {
    expect(readTldrFile(exported)).toMatchObject({ ok: true, origin: null });
  });

  it('reads a mark it cannot trust as no mark', () => {
    for (const [werkvorm, marked] of [
      ['bestaat-niet', settings],
      ['stakeholdermap', { ...settings, rings: 9 }],
    ] as const) {
      expect(readTldrFile(markTldrJson(exported, werkvorm, marked))).toMatchObject({
        ok: true,
        origin: null,
      });
    }
    const newer = markTldrJson(exported, 'stakeholdermap', settings).replace(
      '"format":1',
      '"format":2',
    );
    expect(readTldrFile(newer)).toMatchObject({ ok: true, origin: null });
  });

  it('writes the mark into the document record’s meta, next to what it held', () => {
    const withMeta = exported.replace('"meta":{}', '"meta":{"bron":"elders"}');
    const file = JSON.parse(markTldrJson(withMeta, 'leeg-bord', { thema: '' })) as {
      records: { typeName: string; meta: Record<string, unknown> }[];
    };
    const document = file.records.find((record) => record.typeName === 'document');
    expect(document?.meta).toEqual({
      bron: 'elders',
      werkbord: { format: 1, werkvorm: 'leeg-bord', settings: { thema: '' } },
    });
  });
});
