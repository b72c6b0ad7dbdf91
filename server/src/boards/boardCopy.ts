/**
 * What a new board made from an existing one ("Nieuw bord van dit bord") takes along, as pure
 * functions on the source's documents:
 * - the werkvorm and its settings; an empty copy gets the current layout generation (there are
 *   no cards whose meaning its geometry must keep), a copy with cards keeps the source's;
 * - the control document's board settings (drawing off for deelnemers, and any setting added
 *   later), but not the session's live state (timer, lock, rondje, votes, privé schrijven…) nor
 *   the step: the new board starts at step 1;
 * - with `prepared`, the cards as a begeleider prepares them (`preparedRecords`), with a
 *   momentopname all of its records;
 * - anoniem schrijven: a copy of an anonymous board is anonymous too, and carries no name
 *   (`anonymousCopy`): the group was promised that its writing names nobody, and a board for its
 *   next meeting made from this one must not quietly break that; the begeleider can still switch
 *   it off on the new board, where everyone sees it;
 * - the rondes of a schaalvraag or energiemeter (in its settings) come along with every copy: a
 *   new board for the group's next meeting is where "then" meets "now".
 */
import { randomBytes } from 'node:crypto';
import {
  BoardKey,
  CENTRE,
  CONTENT_RECORDS,
  CONTROL_BOARD,
  cardsFromRecords,
  type Layout,
  Markers,
  REFLECTIE_ZONE_ID,
  SessionKey,
  settingsOrDefaults,
  type Werkvorm,
} from '@werkbord/shared';
import * as Y from 'yjs';

/** Control keys a copy sets itself, or starts afresh. */
const NOT_CARRIED: ReadonlySet<string> = new Set([
  ...Object.values(BoardKey),
  // The meeting's live state; drawing off is a setting of the board, chosen in its settings, and
  // anoniem schrijven a promise to the group (see the header).
  ...Object.values(SessionKey).filter(
    (key) => key !== SessionKey.ParticipantDrawingOff && key !== SessionKey.Anonymous,
  ),
]);

/** The source's settings for the copy (see the header); always valid for `werkvorm`. */
export function copiedSettings(werkvorm: Werkvorm, stored: unknown, withCards: boolean): unknown {
  const settings = settingsOrDefaults(werkvorm.settings, stored);
  if (withCards || typeof settings !== 'object' || settings === null) return settings;
  const rest: Record<string, unknown> = { ...(settings as Record<string, unknown>) };
  delete rest.layoutVersion; // missing means the current generation
  const current = werkvorm.settings.validate(rest);
  return current.ok ? current.value : settings;
}

/**
 * The board settings of a control document a copy carries, as plain JSON: every key but the
 * board's identity, step and the session's live state. A nested value too deep for JSON is left
 * out (the control document is the begeleider's, but still a browser's writing).
 */
export function carriedControl(control: Y.Doc): Record<string, unknown> {
  const carried: Record<string, unknown> = {};
  for (const [key, value] of control.getMap<unknown>(CONTROL_BOARD)) {
    if (NOT_CARRIED.has(key)) continue;
    try {
      carried[key] = value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value;
    } catch {
      // RangeError: nested deeper than the stack; not carried.
    }
  }
  return carried;
}

type Rec = Record<string, unknown>;
const asRecord = (value: unknown): Rec | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Rec) : null;

/**
 * The prepared cards of a board: what a begeleider puts on a board before the meeting (the
 * questions, the stakeholders), so a copy starts where the preparation ended.
 * - Kept: the document and its pages; every card (kaart, anekdote, stakeholder, tldraw note) where
 *   it lies, so it keeps its meaning; the relations between kept cards (or with the centre) and
 *   their bindings.
 * - Left out: the names of who wrote the cards (the new board has another group; AVG), the cards
 *   in the reflectie zone (that meeting's answers), people's markers on a scale (where they stood
 *   that meeting: the rondes keep what was fixed), drawings, images and other shapes. Votes,
 *   privé cards and locks are not in the content document at all.
 * A card inside a frame or group that is not kept lands on the page where it was seen.
 */
export function preparedRecords(
  records: ReadonlyMap<string, unknown>,
  werkvorm: Werkvorm,
  layout: Layout,
): Map<string, unknown> {
  const all = [...records.values()];
  const pages = all.map(asRecord).filter((r): r is Rec => r?.typeName === 'page');
  const pageIds = new Set(pages.map((page) => page.id));
  const firstPage = (pages[0]?.id as string | undefined) ?? 'page:page';
  const { cards, relations } = cardsFromRecords(all);
  const kept = new Map<string, unknown>();
  for (const [key, value] of records) {
    const typeName = asRecord(value)?.typeName;
    if (typeName === 'document' || typeName === 'page') kept.set(key, value);
  }
  for (const card of cards) {
    if (card.kind === 'markering') continue;
    if (werkvorm.classify(card, layout).zoneId === REFLECTIE_ZONE_ID) continue;
    const shape = asRecord(records.get(card.id));
    if (!shape) continue;
    const onPage = pageIds.has(shape.parentId);
    kept.set(card.id, {
      ...shape,
      ...(onPage ? {} : { parentId: firstPage, x: card.x, y: card.y, rotation: 0 }),
      props: withoutAuthor(shape.props),
      meta: withoutAuthor(shape.meta),
    });
  }
  const ends = (id: string) => id === CENTRE || kept.has(id);
  for (const relation of relations) {
    if (ends(relation.from) && ends(relation.to)) kept.set(relation.id, records.get(relation.id));
  }
  for (const [key, value] of records) {
    const binding = asRecord(value);
    if (binding?.typeName !== 'binding') continue;
    const { fromId, toId } = binding;
    if (
      typeof fromId === 'string' &&
      typeof toId === 'string' &&
      kept.has(fromId) &&
      kept.has(toId)
    ) {
      kept.set(key, value);
    }
  }
  return kept;
}

/** A card's props (or a note's meta) without the writer's name; other values as they are. */
function withoutAuthor(value: unknown): unknown {
  const record = asRecord(value);
  if (!record || !('author' in record)) return value;
  return { ...record, author: typeof record.author === 'string' ? '' : record.author };
}

/**
 * The records and settings of a copy of an anonymous board: no card names its writer (a
 * momentopname from before the setting came on may still hold names), and every marker and
 * ronde loses its name, its colour and its owner's user id. The owner becomes an id of nobody,
 * one per person so the rondes still line up: on the new board a browser's anonymous id is
 * another one (it is computed per board), so nobody can move an old marker, only remove it.
 */
export function anonymousCopy(
  records: ReadonlyMap<string, unknown> | undefined,
  settings: unknown,
): { records: Map<string, unknown> | undefined; settings: unknown } {
  const nobody = new Map<string, string>();
  const ownerFor = (owner: string): string => {
    const id = nobody.get(owner) ?? randomBytes(16).toString('base64url').slice(0, 22);
    nobody.set(owner, id);
    return id;
  };
  const copied =
    records &&
    new Map(
      [...records].map(([key, value]): [string, unknown] => {
        const shape = asRecord(value);
        if (shape?.typeName !== 'shape') return [key, value];
        const props = asRecord(shape.props);
        const marker = shape.type === 'werkbord-markering' && props !== null;
        if (marker && Markers.looksAnonymous(props)) return [key, value];
        const anonymousProps = marker
          ? {
              ...props,
              author: '',
              colour: Markers.ANONYMOUS_MARKER_COLOUR,
              owner: typeof props.owner === 'string' ? ownerFor(props.owner) : props.owner,
            }
          : withoutAuthor(shape.props);
        return [key, { ...shape, props: anonymousProps, meta: withoutAuthor(shape.meta) }];
      }),
    );
  return { records: copied, settings: Markers.settingsWithAnonymousRondes(settings, ownerFor) };
}

/** The first update of a new content document holding `records`. */
export function contentUpdate(records: ReadonlyMap<string, unknown>): Uint8Array {
  const doc = new Y.Doc();
  doc.getArray<unknown>(CONTENT_RECORDS).push([...records].map(([key, val]) => ({ key, val })));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
