/**
 * "Nieuw bord van dit bord" (`POST /api/boards/<id>/copies`): a new board with its own links and
 * the same werkvorm and settings, empty, with the prepared cards, or from a momentopname; only
 * for the begeleider. Written and read by stock y-websocket clients, as browsers do.
 */
import {
  type ApiError,
  BoardKey,
  type BoardInfo,
  CENTRE,
  controlRoom,
  type CreateBoardResponse,
  CURRENT_LAYOUT_VERSION,
  findWerkvorm,
  findZone,
  LayoutVersion,
  memberIdForKey,
  newMemberKey,
  type Point,
  presenceIdForKey,
  privateRoom,
  SessionKey,
  ShapeType,
  type SnapshotInfo,
  Stakeholdermap,
  DEFAULT_SHAPE_PROPS,
  Markers,
} from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard, tokenOf } from '../helpers/boards.js';
import { kaartRecord, shapeRecord } from '../helpers/records.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer;

/** A record as the copy's document holds it (shapes have these; the test reads no others). */
interface StoredShape {
  x: number;
  y: number;
  props: Record<string, unknown>;
  meta: Record<string, unknown>;
}

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(destroyClients);
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

const MAP_SETTINGS = {
  initiative: 'Buurtkamer De Brug',
  rings: 3,
  thema: 'Wie doet er mee?',
  layoutVersion: LayoutVersion.Original,
};
const mapLayout = findWerkvorm('stakeholdermap')!.layout(
  MAP_SETTINGS,
) as Stakeholdermap.StakeholdermapLayout;

function copy(board: TestBoard, body: unknown, token = board.tokens.facilitator) {
  return fetch(`${server.httpUrl}/api/boards/${board.boardId}/copies?t=${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function copied(board: TestBoard, body: unknown): Promise<TestBoard> {
  const response = await copy(board, body);
  expect(response.status).toBe(201);
  const { boardId, links } = (await response.json()) as CreateBoardResponse;
  return {
    boardId,
    tokens: {
      facilitator: tokenOf(links.facilitator),
      participant: tokenOf(links.participant),
      viewer: tokenOf(links.viewer),
    },
  };
}

async function info(board: TestBoard, token = board.tokens.viewer): Promise<BoardInfo> {
  const response = await fetch(`${server.httpUrl}/api/boards/${board.boardId}?t=${token}`);
  expect(response.status).toBe(200);
  return (await response.json()) as BoardInfo;
}

/** The board's content and control documents, as a meekijker's browser has them. */
async function open(board: TestBoard) {
  const content = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
  const control = await syncedClient(
    server.syncUrl,
    controlRoom(board.boardId),
    board.tokens.viewer,
  );
  const records = () =>
    new Map([...content.records.map.values()].map((e) => [e.key, e.val as StoredShape]));
  return { content, control, records };
}

/** A point halfway through ring `n` of the stakeholdermap, turned by `angle`. */
function inRing(n: number, angle = 0): Point {
  const zone = findZone(mapLayout, Stakeholdermap.ringZoneId(n));
  if (zone?.kind !== 'ring') throw new Error(`no ring ${n}`);
  const r = (zone.inner + zone.outer) / 2;
  return { x: zone.cx + Math.cos(angle) * r, y: zone.cy + Math.sin(angle) * r };
}

function centreOf(zoneId: string): Point {
  const zone = findZone(mapLayout, zoneId);
  if (zone?.kind !== 'rect') throw new Error(`no rect ${zoneId}`);
  return { x: zone.x + zone.w / 2, y: zone.y + zone.h / 2 };
}

const stakeholder = (id: string, name: string, at: Point) =>
  shapeRecord(id, ShapeType.Stakeholder, at, {
    ...DEFAULT_SHAPE_PROPS.stakeholder,
    name,
    belangen: `Belangen van ${name}`,
  });
const relatie = (id: string, from: string, to: string) =>
  shapeRecord(
    id,
    ShapeType.Relatie,
    { x: 0, y: 0 },
    {
      ...DEFAULT_SHAPE_PROPS.relatie,
      from,
      to,
      strength: 'zwak',
    },
  );
const binding = (id: string, fromId: string, toId: string) => ({
  id: `binding:${id}`,
  typeName: 'binding',
  type: 'werkbord-relatie-end',
  fromId,
  toId,
  props: { terminal: 'start' },
  meta: {},
});

/** A stakeholdermap as a begeleider prepares it, then used in a session. */
async function usedStakeholdermap(): Promise<{ board: TestBoard; begeleider: SyncClient }> {
  const board = await createBoard(server.httpUrl, 'Teamdag Noord', 'stakeholdermap', MAP_SETTINGS);
  const begeleider = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
  const control = await syncedClient(
    server.syncUrl,
    controlRoom(board.boardId),
    board.tokens.facilitator,
  );
  const records = [
    { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} },
    { id: 'page:page', typeName: 'page', name: 'Pagina 1', index: 'a1', meta: {} },
    stakeholder('school', 'Basisschool', inRing(1)),
    stakeholder('wijkteam', 'Wijkteam', inRing(2, 1)),
    relatie('r1', 'shape:school', 'shape:wijkteam'),
    binding('b1', 'shape:r1', 'shape:school'),
    binding('b2', 'shape:r1', 'shape:wijkteam'),
    relatie('r2', CENTRE, 'shape:school'),
    binding('b3', 'shape:r2', 'shape:school'),
    // The meeting's: an answer in the reflectie zone, a drawing, a tldraw note with its writer.
    kaartRecord('antwoord', 'We zagen veel nieuwe kansen', centreOf('reflectie')),
    shapeRecord('krabbel', 'geo', inRing(3), { w: 80, h: 80 }),
    {
      ...shapeRecord('notitie', 'note', inRing(3, 2), {}),
      props: { richText: { type: 'doc', content: [] } },
      meta: { author: 'Bram' },
    },
  ];
  begeleider.doc.transact(() => {
    for (const record of records) begeleider.records.set(record.id, record);
  });
  control.doc.transact(() => {
    control.board.set(BoardKey.Step, 3);
    control.board.set(SessionKey.Locked, true);
    control.board.set(SessionKey.LockedCards, ['shape:school']);
    control.board.set(SessionKey.ParticipantDrawingOff, true);
    control.board.set(SessionKey.Timer, {
      status: 'paused',
      remainingMs: 60_000,
      durationMs: 60_000,
    });
  });
  // A deelnemer's privé card, in their own document.
  const key = newMemberKey();
  const privateDoc = await syncedClient(
    server.syncUrl,
    privateRoom(board.boardId, await memberIdForKey(key)),
    board.tokens.participant,
    { k: key },
  );
  privateDoc.records.set('shape:prive', kaartRecord('prive', 'Nog geheim', inRing(1, 2)));
  const witness = await open(board);
  await waitFor(
    'the board to hold everything',
    () =>
      witness.records().size === records.length &&
      witness.control.board.get(SessionKey.Timer) !== undefined,
  );
  return { board, begeleider };
}

describe('who may make a new board from a board', () => {
  it('only the begeleider; a wrong board, source or momentopname is refused', async () => {
    const board = await createBoard(server.httpUrl, 'Alleen begeleider');
    for (const token of [board.tokens.participant, board.tokens.viewer]) {
      const response = await copy(board, { source: 'empty' }, token);
      expect(response.status).toBe(403);
      expect(((await response.json()) as ApiError).error).toBe('forbidden');
    }
    const unknown = await fetch(
      `${server.httpUrl}/api/boards/AAAAAAAAAAAAAAAAAAAAAA/copies?t=${board.tokens.facilitator}`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
    );
    expect(unknown.status).toBe(404);
    for (const body of [
      {},
      { source: 'alles' },
      { source: 'snapshot' },
      { source: 'empty', title: ' ' },
    ]) {
      expect((await copy(board, body)).status).toBe(400);
    }
    const gone = await copy(board, { source: 'snapshot', snapshotId: 'AAAAAAAAAAAAAAAA' });
    expect(gone.status).toBe(404);
  });
});

describe('a new board from a board', () => {
  it('empty: own links, the werkvorm and settings on the current layout, the board settings, step 1, nothing live', async () => {
    const { board } = await usedStakeholdermap();
    const copy = await copied(board, { source: 'empty' });

    expect(copy.boardId).not.toBe(board.boardId);
    expect(Object.values(copy.tokens)).not.toEqual(
      expect.arrayContaining(Object.values(board.tokens)),
    );
    expect(await info(copy, copy.tokens.facilitator)).toMatchObject({
      title: 'Teamdag Noord',
      werkvorm: 'stakeholdermap',
      role: 'facilitator',
    });
    const { control, records } = await open(copy);
    expect(control.board.get(BoardKey.Settings)).toEqual({
      ...MAP_SETTINGS,
      layoutVersion: CURRENT_LAYOUT_VERSION,
    });
    expect(control.board.get(BoardKey.Step)).toBe(0);
    expect(control.board.get(SessionKey.ParticipantDrawingOff)).toBe(true);
    for (const key of [SessionKey.Locked, SessionKey.LockedCards, SessionKey.Timer]) {
      expect(control.board.get(key)).toBeUndefined();
    }
    expect(records().size).toBe(0);
  });

  it('with the prepared cards: the cards and their relations where they lay, without writers or the meeting’s traces', async () => {
    const { board } = await usedStakeholdermap();
    const copy = await copied(board, { source: 'prepared', title: 'Teamdag Zuid' });

    expect((await info(copy)).title).toBe('Teamdag Zuid');
    const { control, records } = await open(copy);
    // The cards keep their place, so the settings keep the geometry they were placed on.
    expect(control.board.get(BoardKey.Settings)).toEqual(MAP_SETTINGS);
    const kept = records();
    expect([...kept.keys()].sort()).toEqual(
      [
        'binding:b1',
        'binding:b2',
        'binding:b3',
        'document:document',
        'page:page',
        'shape:notitie',
        'shape:r1',
        'shape:r2',
        'shape:school',
        'shape:wijkteam',
      ].sort(),
    );
    const school = kept.get('shape:school')!;
    expect(school.props.name).toBe('Basisschool');
    expect(school.props.author).toBe('');
    expect([school.x, school.y]).toEqual([
      stakeholder('school', '', inRing(1)).x,
      stakeholder('school', '', inRing(1)).y,
    ]);
    expect(kept.get('shape:notitie')!.meta.author).toBe('');
    expect(control.board.get(SessionKey.LockedCards)).toBeUndefined();

    // The copy's harvest reads them in their rings, with their relations.
    const harvest = await fetch(
      `${server.httpUrl}/api/boards/${copy.boardId}/harvest?t=${copy.tokens.viewer}`,
    );
    const { result } = (await harvest.json()) as {
      result: Stakeholdermap.StakeholdermapResult;
    };
    expect(result.stakeholders.map((s) => [s.name, s.ring, s.author])).toEqual([
      ['Basisschool', 1, ''],
      ['Wijkteam', 2, ''],
    ]);
    expect(result.relations).toHaveLength(2);
  });

  it('from a momentopname: the board as it was then, writers and all', async () => {
    const board = await createBoard(server.httpUrl, 'Klaagmuur', 'klaag-en-jubelmuur');
    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    writer.records.set('shape:toen', kaartRecord('toen', 'Er voor'));
    const witness = await open(board);
    await waitFor('the first card', () => witness.records().has('shape:toen'));
    const saved = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}/snapshots?t=${board.tokens.facilitator}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Na ronde 1' }),
      },
    );
    const snapshot = (await saved.json()) as SnapshotInfo;
    writer.records.set('shape:later', kaartRecord('later', 'Erna'));
    await waitFor('the later card', () => witness.records().has('shape:later'));

    const copy = await copied(board, { source: 'snapshot', snapshotId: snapshot.id });
    const { records } = await open(copy);
    expect([...records().keys()]).toEqual(['shape:toen']);
    expect(records().get('shape:toen')!.props).toMatchObject({ text: 'Er voor', author: 'Anna' });
    // The board it came from is untouched.
    expect([...witness.records().keys()].sort()).toEqual(['shape:later', 'shape:toen']);
  });
});

describe('a new board from a board with scales, or written anonymously', () => {
  const ANNA = 'Anna Verborgenheid';
  const RED = '#c92a2a';
  const scaleLayout = findWerkvorm('schaalvraag')!.layout(
    findWerkvorm('schaalvraag')!.settings.defaults(),
  ) as Markers.ScaleLayout;
  const meter = scaleLayout.meters[0]!;
  const ronde = { owner: 'anna-user-id', name: ANNA, colour: RED, meter: meter.id, value: 3 };

  /** A used schaalvraag: Anna's kaart and marker, and a ronde fixed with her in it. */
  async function usedSchaalvraag(anonymous: boolean) {
    const board = await createBoard(server.httpUrl, 'Schaal', 'schaalvraag', undefined, {
      anonymous,
    });
    const begeleider = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const settings = begeleider.board.get(BoardKey.Settings) as object;
    const rondes = [{ id: 'r1', date: '2026-10-01', markers: [ronde] }];
    begeleider.board.set(BoardKey.Settings, { ...settings, rondes });
    const key = newMemberKey();
    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant, {
      pk: key,
    });
    const card = kaartRecord('kaart', 'Wat al lukt');
    writer.records.set('shape:kaart', {
      ...card,
      props: { ...(card.props as object), author: anonymous ? '' : ANNA },
    });
    const at = { x: Markers.columnCentreX(meter, 6), y: Markers.slotCentreY(meter, 0) };
    const owner = anonymous
      ? Markers.anonymousMarkerOwner(key, board.boardId)
      : presenceIdForKey(key);
    writer.records.set(
      'shape:marker',
      shapeRecord('marker', ShapeType.Markering, at, {
        ...DEFAULT_SHAPE_PROPS.markering,
        owner,
        author: anonymous ? '' : ANNA,
        colour: anonymous ? Markers.ANONYMOUS_MARKER_COLOUR : RED,
        meter: meter.id,
      }),
    );
    const witness = await open(board);
    await waitFor('the kaart and the marker', () =>
      ['shape:kaart', 'shape:marker'].every((id) => witness.records().has(id)),
    );
    return { board, begeleider };
  }

  it('carries the rondes, for then and now in the next meeting; the prepared cards leave the markers', async () => {
    const { board } = await usedSchaalvraag(false);
    for (const source of ['empty', 'prepared', 'snapshot'] as const) {
      const body =
        source === 'snapshot' ? { source, snapshotId: await savedSnapshot(board) } : { source };
      const copy = await copied(board, body);
      const { control, records } = await open(copy);
      const rondes = (control.board.get(BoardKey.Settings) as { rondes?: unknown }).rondes;
      expect(rondes, source).toEqual([{ id: 'r1', date: '2026-10-01', markers: [ronde] }]);
      expect(records().has('shape:marker'), source).toBe(source === 'snapshot');
      expect(records().has('shape:kaart'), source).toBe(source !== 'empty');
    }
  });

  it('of an anonymous board is anonymous too, and names nobody, even from a momentopname made before', async () => {
    const { board, begeleider } = await usedSchaalvraag(false);
    const before = await savedSnapshot(board);
    begeleider.board.set(SessionKey.Anonymous, true);
    const { control: seen } = await open(board);
    await waitFor('the board anonymous', () => seen.board.get(SessionKey.Anonymous) === true);
    for (const body of [{ source: 'empty' }, { source: 'snapshot', snapshotId: before }]) {
      const copy = await copied(board, body);
      const { control, records } = await open(copy);
      expect(control.board.get(SessionKey.Anonymous), body.source).toBe(true);
      const everything =
        JSON.stringify([...records().values()]) + JSON.stringify(control.board.toJSON());
      expect(everything, body.source).not.toContain(ANNA);
      expect(everything, body.source).not.toContain(RED);
      expect(everything, body.source).not.toContain('anna-user-id');
      // The values are all still there.
      const rondes = (control.board.get(BoardKey.Settings) as { rondes: Markers.Ronde[] }).rondes;
      expect(rondes[0]?.markers.map((m) => [m.value, m.name, m.colour])).toEqual([
        [3, '', Markers.ANONYMOUS_MARKER_COLOUR],
      ]);
      if (body.source === 'snapshot') {
        expect(records().get('shape:marker')!.props).toMatchObject({
          author: '',
          colour: Markers.ANONYMOUS_MARKER_COLOUR,
        });
        expect(records().get('shape:kaart')!.props).toMatchObject({ author: '' });
      }
    }
  });

  async function savedSnapshot(board: TestBoard): Promise<string> {
    const saved = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}/snapshots?t=${board.tokens.facilitator}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Met namen' }),
      },
    );
    expect(saved.status).toBe(201);
    return ((await saved.json()) as SnapshotInfo).id;
  }
});

describe('the limit per address', () => {
  it('counts a copy as a new board', async () => {
    const limited = await startTestServer({
      WERKBORD_BOARDS_PER_MINUTE: '1',
      WERKBORD_BOARD_BURST: '2',
    });
    try {
      const board = await createBoard(limited.httpUrl, 'Eén');
      const again = () =>
        fetch(
          `${limited.httpUrl}/api/boards/${board.boardId}/copies?t=${board.tokens.facilitator}`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"source":"empty"}',
          },
        );
      expect((await again()).status).toBe(201);
      const refused = await again();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await limited.close();
    }
  });
});
