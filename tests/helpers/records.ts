/** tldraw shape records as the client writes them into a board's `records`, for tests and benches. */
import { DEFAULT_SHAPE_PROPS, ShapeType } from '@werkbord/shared';

export type TestRecord = { id: string } & Record<string, unknown>;

interface Point {
  x: number;
  y: number;
}

/** A shape `shape:<id>` on the first page with its centre at `centre`, written by Anna. */
export function shapeRecord(
  id: string,
  type: string,
  centre: Point,
  props: { w?: number; h?: number } & Record<string, unknown>,
): TestRecord {
  const w = props.w ?? 0;
  const h = props.h ?? 0;
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type,
    x: centre.x - w / 2,
    y: centre.y - h / 2,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    parentId: 'page:page',
    index: 'a1',
    props: { ...props, author: 'Anna', createdAt: 1_700_000_000_000 },
    meta: {},
  };
}

/** A kaart with `text`, centred at `centre`. */
export function kaartRecord(id: string, text: string, centre: Point = { x: 0, y: 0 }): TestRecord {
  return shapeRecord(id, ShapeType.Kaart, centre, { ...DEFAULT_SHAPE_PROPS.kaart, text });
}
