/**
 * Anoniem schrijven and the markers of the schaalvraag, with stock y-websocket clients that
 * present presence keys as browsers do: on an anonymous board a marker stays its owner's own by
 * an id only its browser can compute (not the user id everyone sees beside its name), and carries
 * no name and no person's colour; switching the setting on later turns the markers already there
 * and the rondes in the settings into such markers, so neither the documents nor the harvest
 * (JSON, CSV, Markdown) name anyone, while then and now still line up.
 */
import {
  type BoardHarvestResponse,
  BoardKey,
  CONTROL_BOARD,
  controlRoom,
  DEFAULT_SHAPE_PROPS,
  findWerkvorm,
  Markers,
  newMemberKey,
  presenceIdForKey,
  SessionKey,
  ShapeType,
} from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { shapeRecord, type TestRecord } from '../helpers/records.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer | null = null;
afterEach(() => destroyClients());
afterAll(async () => {
  await server?.close();
  removeTestDataDirs();
});

const werkvorm = findWerkvorm('schaalvraag')!;
const layout = werkvorm.layout(werkvorm.settings.defaults()) as Markers.ScaleLayout;
const scale = layout.meters[0]!;
const GREY = Markers.ANONYMOUS_MARKER_COLOUR;
/** A name and a colour nobody else on these boards has, to search for. */
const ANNA = 'Anna Verborgenheid';
const RED = '#c92a2a';

function person() {
  const key = newMemberKey();
  return { key, id: presenceIdForKey(key) };
}
type Person = ReturnType<typeof person>;

function markerRecord(
  id: string,
  value: number,
  props: { owner: string; author: string; colour: string },
): TestRecord {
  const record = shapeRecord(
    id,
    ShapeType.Markering,
    { x: Markers.columnCentreX(scale, value), y: Markers.slotCentreY(scale, 0) },
    { ...DEFAULT_SHAPE_PROPS.markering, meter: scale.id, ...props },
  );
  return { ...record, props: { ...(record.props as object), ...props } };
}

const propsOf = (client: SyncClient, id: string) =>
  (client.records.get(id) as { props?: Record<string, unknown> } | undefined)?.props;

async function harvestTexts(board: TestBoard): Promise<string[]> {
  const base = `${server!.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`;
  const json = (await (await fetch(base)).json()) as BoardHarvestResponse;
  const markdown = await (await fetch(`${base}&format=markdown`)).text();
  const csv = await Promise.all(
    json.tables.map(async (_, index) => (await fetch(`${base}&format=csv&table=${index}`)).text()),
  );
  return [JSON.stringify(json), markdown, ...csv];
}

async function connect(board: TestBoard, token: string, who?: Person) {
  server ??= await startTestServer();
  return syncedClient(server.syncUrl, board.boardId, token, who ? { pk: who.key } : {});
}

describe('markers on an anonymous board', () => {
  it('are their owner’s by an id only its browser can compute, without a name or a colour', async () => {
    server ??= await startTestServer();
    const board = await createBoard(server.httpUrl, 'Schaal', 'schaalvraag', undefined, {
      anonymous: true,
    });
    const anna = person();
    const bram = person();
    const annaClient = await connect(board, board.tokens.participant, anna);
    const bramClient = await connect(board, board.tokens.participant, bram);
    const witness = await connect(board, board.tokens.viewer);
    const annaOwner = Markers.anonymousMarkerOwner(anna.key, board.boardId);
    expect(annaOwner).not.toBe(anna.id);
    const before = await fetchMetrics(server.httpUrl);

    annaClient.records.set(
      'shape:anna',
      markerRecord('anna', 6, { owner: annaOwner, author: '', colour: GREY }),
    );
    // Bram in his user id (the one everyone sees beside his name): not his on this board.
    bramClient.records.set(
      'shape:bram',
      markerRecord('bram', 3, { owner: bram.id, author: '', colour: GREY }),
    );
    await waitFor('Anna’s marker', () => witness.records.has('shape:anna'));
    await waitFor('Bram’s marker taken back', async () => {
      const metrics = await fetchMetrics(server!.httpUrl);
      const refused = metrics.updatesRefusedByReason.marker ?? 0;
      return (
        refused > (before.updatesRefusedByReason.marker ?? 0) &&
        !bramClient.records.has('shape:bram')
      );
    });
    // In his colour: refused as a card with an author is.
    bramClient.records.set(
      'shape:bram2',
      markerRecord('bram2', 3, {
        owner: Markers.anonymousMarkerOwner(bram.key, board.boardId),
        author: '',
        colour: RED,
      }),
    );
    await waitFor('the refusal of the coloured marker', async () => {
      const metrics = await fetchMetrics(server!.httpUrl);
      return (
        (metrics.updatesRefusedByReason.author ?? 0) > (before.updatesRefusedByReason.author ?? 0)
      );
    });
    expect(witness.records.has('shape:bram2')).toBe(false);
    expect(witness.records.has('shape:bram')).toBe(false);
    expect(propsOf(witness, 'shape:anna')).toMatchObject({
      owner: annaOwner,
      author: '',
      colour: GREY,
    });
    for (const text of await harvestTexts(board)) {
      expect(text).not.toContain(anna.id);
      expect(text).not.toContain(RED);
    }
  });

  it('and the rondes lose name, colour and user id when it is switched on; then and now still line up', async () => {
    server ??= await startTestServer();
    const board = await createBoard(server.httpUrl, 'Schaal', 'schaalvraag');
    const anna = person();
    const annaClient = await connect(board, board.tokens.participant, anna);
    const witness = await connect(board, board.tokens.viewer);
    const begeleider = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    annaClient.records.set(
      'shape:anna',
      markerRecord('anna', 4, { owner: anna.id, author: ANNA, colour: RED }),
    );
    await waitFor('Anna’s marker', () => witness.records.has('shape:anna'));
    const ronde = { owner: anna.id, name: ANNA, colour: RED, meter: scale.id, value: 2 };
    const settings = begeleider.board.get(BoardKey.Settings) as object;
    begeleider.board.set(BoardKey.Settings, {
      ...settings,
      rondes: [{ id: 'r1', date: '2026-10-01', markers: [ronde] }],
    });
    await waitFor('the named ronde in the harvest', async () =>
      (await harvestTexts(board))[0]!.includes(ANNA),
    );

    begeleider.board.set(SessionKey.Anonymous, true);
    const annaOwner = Markers.anonymousMarkerOwner(anna.key, board.boardId);
    await waitFor(
      'Anna’s marker without her',
      () => propsOf(witness, 'shape:anna')?.owner === annaOwner,
    );
    expect(propsOf(witness, 'shape:anna')).toMatchObject({ author: '', colour: GREY });
    await waitFor('the ronde without her', () => {
      const stored = begeleider.doc.getMap<unknown>(CONTROL_BOARD).get(BoardKey.Settings);
      return JSON.stringify(stored).includes(annaOwner);
    });
    const stored = JSON.stringify(begeleider.board.get(BoardKey.Settings));
    expect(stored).not.toContain(ANNA);
    expect(stored).not.toContain(RED);
    expect(stored).not.toContain(anna.id);

    // Anna still moves her own marker, now by her anonymous id.
    const moved = markerRecord('anna', 8, {
      owner: annaOwner,
      author: '',
      colour: GREY,
    }) as TestRecord & { x: number };
    annaClient.records.set('shape:anna', moved);
    await waitFor(
      'the move',
      () => (witness.records.get('shape:anna') as { x: number }).x === moved.x,
    );

    const texts = await harvestTexts(board);
    for (const text of texts) {
      expect(text).not.toContain(ANNA);
      expect(text).not.toContain(RED);
      expect(text).not.toContain(anna.id);
    }
    // One person from ronde to ronde: then 2, now 8.
    const json = JSON.parse(texts[0]!) as BoardHarvestResponse;
    const fromTo = json.tables.find((table) => table.id === 'toen-en-nu');
    expect(fromTo?.rows).toEqual([['2', '8']]);
  });
});
