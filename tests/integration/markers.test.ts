/**
 * Each person's own marker, enforced by the server, with stock y-websocket clients that present
 * presence keys as browsers do (`&pk=`): the owner places and moves it; nobody else moves it, makes
 * one in another's name or a second one on the same scale; the begeleider may remove one; a
 * meekijker writes nothing; a marker never lives in a private document, so onthullen cannot bring
 * one onto the board. What is refused is taken back, and the writer's later edits still arrive.
 */
import {
  type BoardHarvestResponse,
  DEFAULT_SHAPE_PROPS,
  Markers,
  memberIdForKey,
  newMemberKey,
  presenceIdForKey,
  privateRoom,
  type Schaalvraag,
  ShapeType,
  findWerkvorm,
} from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { kaartRecord, shapeRecord, type TestRecord } from '../helpers/records.js';
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

/** A person as a browser is: a secret presence key, and the user id the server derives from it. */
function person(name: string) {
  const key = newMemberKey();
  return { name, key, id: presenceIdForKey(key) };
}
type Person = ReturnType<typeof person>;

function markerRecord(id: string, owner: Person, value: number, meter = 'nu'): TestRecord {
  const record = shapeRecord(
    id,
    ShapeType.Markering,
    { x: Markers.columnCentreX(scale, value), y: Markers.slotCentreY(scale, 0) },
    { ...DEFAULT_SHAPE_PROPS.markering, owner: owner.id, colour: '#c92a2a', meter },
  );
  return { ...record, props: { ...(record.props as object), author: owner.name } };
}

async function setUp() {
  server ??= await startTestServer();
  const board = await createBoard(server.httpUrl, 'Schaal', 'schaalvraag');
  const connect = (token: string, who?: Person) =>
    syncedClient(server!.syncUrl, board.boardId, token, who ? { pk: who.key } : {});
  const anna = person('Anna');
  const bram = person('Bram');
  const bea = person('Bea');
  return {
    board,
    anna,
    bram,
    bea,
    annaClient: await connect(board.tokens.participant, anna),
    bramClient: await connect(board.tokens.participant, bram),
    beaClient: await connect(board.tokens.facilitator, bea),
    witness: await connect(board.tokens.viewer),
  };
}

const xOf = (client: SyncClient, id: string) =>
  (client.records.get(id) as { x: number } | undefined)?.x;

async function harvestOf(board: TestBoard) {
  const response = await fetch(
    `${server!.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`,
  );
  return ((await response.json()) as BoardHarvestResponse).result as Schaalvraag.SchaalvraagResult;
}

describe('a person’s own marker', () => {
  it('is placed and moved by its owner, and everyone has it with its value', async () => {
    const { board, anna, annaClient, witness } = await setUp();
    annaClient.records.set('shape:anna', markerRecord('anna', anna, 4));
    await waitFor('Anna’s marker', () => witness.records.has('shape:anna'));
    const moved = { ...markerRecord('anna', anna, 7) };
    annaClient.records.set('shape:anna', moved);
    await waitFor('the move', () => xOf(witness, 'shape:anna') === moved.x);
    const { scale: harvested } = await harvestOf(board);
    expect(harvested.moments.at(-1)?.values).toEqual([
      { owner: anna.id, name: 'Anna', colour: '#c92a2a', value: 7 },
    ]);
  });

  it('cannot be moved by another person, nor by the begeleider; both converge and keep writing', async () => {
    const { anna, annaClient, bramClient, beaClient, witness } = await setUp();
    const placed = markerRecord('anna', anna, 4) as TestRecord & { x: number };
    annaClient.records.set('shape:anna', placed);
    await waitFor('everyone has it', () =>
      [bramClient, beaClient, witness].every((c) => c.records.has('shape:anna')),
    );
    const before = await fetchMetrics(server!.httpUrl);

    bramClient.records.set('shape:anna', { ...placed, x: placed.x + 900 });
    beaClient.records.set('shape:anna', { ...placed, x: placed.x - 900 });
    bramClient.records.set('shape:bram-kaart', kaartRecord('bram-kaart', 'Na de poging'));
    await waitFor('Bram’s later kaart', () => witness.records.has('shape:bram-kaart'));
    await waitFor('the marker back for everyone', () =>
      [annaClient, bramClient, beaClient, witness].every((c) => xOf(c, 'shape:anna') === placed.x),
    );
    const after = await fetchMetrics(server!.httpUrl);
    expect(after.updatesRefusedByReason.marker ?? 0).toBeGreaterThan(
      before.updatesRefusedByReason.marker ?? 0,
    );
  });

  it('is never made in another’s name, nor twice on one scale', async () => {
    const { anna, annaClient, bramClient, witness } = await setUp();
    bramClient.records.set('shape:fake', markerRecord('fake', anna, 9));
    annaClient.records.set('shape:anna', markerRecord('anna', anna, 3));
    await waitFor('Anna’s own marker', () => witness.records.has('shape:anna'));
    annaClient.records.set('shape:anna-2', markerRecord('anna-2', anna, 8));
    annaClient.records.set('shape:anna-kaart', kaartRecord('anna-kaart', 'Daarna'));
    await waitFor('Anna’s later kaart', () => witness.records.has('shape:anna-kaart'));
    await waitFor('the fake and the second gone everywhere', () =>
      [annaClient, bramClient, witness].every(
        (c) => !c.records.has('shape:fake') && !c.records.has('shape:anna-2'),
      ),
    );
    expect(witness.records.has('shape:anna')).toBe(true);
  });

  it('may be removed by the begeleider, not by another deelnemer', async () => {
    const { anna, bram, annaClient, bramClient, beaClient, witness } = await setUp();
    annaClient.records.set('shape:anna', markerRecord('anna', anna, 5));
    bramClient.records.set('shape:bram', markerRecord('bram', bram, 6));
    await waitFor('both markers', () =>
      ['shape:anna', 'shape:bram'].every(
        (id) => bramClient.records.has(id) && beaClient.records.has(id),
      ),
    );
    bramClient.records.delete('shape:anna');
    await waitFor('Anna’s marker back at Bram', () => bramClient.records.has('shape:anna'));
    beaClient.records.delete('shape:bram');
    await waitFor('Bram’s marker removed for everyone', () =>
      [annaClient, bramClient, witness].every((c) => !c.records.has('shape:bram')),
    );
    expect(witness.records.has('shape:anna')).toBe(true);
  });

  it('is written by no meekijker', async () => {
    const { board, anna, witness } = await setUp();
    const viewer = await syncedClient(server!.syncUrl, board.boardId, board.tokens.viewer, {
      pk: anna.key,
    });
    viewer.records.set('shape:viewer', markerRecord('viewer', anna, 2));
    const other = await syncedClient(server!.syncUrl, board.boardId, board.tokens.facilitator);
    other.records.set('shape:later', kaartRecord('later', 'Later'));
    await waitFor('a later kaart', () => witness.records.has('shape:later'));
    expect(witness.records.has('shape:viewer')).toBe(false);
  });

  it('never lives in a private document, so onthullen brings none onto the board', async () => {
    const { board, anna, witness } = await setUp();
    const memberKey = newMemberKey();
    const room = privateRoom(board.boardId, await memberIdForKey(memberKey));
    const own = await syncedClient(server!.syncUrl, room, board.tokens.participant, {
      k: memberKey,
      pk: anna.key,
    });
    own.records.set('shape:privé', markerRecord('privé', anna, 8));
    own.records.set('shape:privé-kaart', kaartRecord('privé-kaart', 'Geheim'));
    const tab = await syncedClient(server!.syncUrl, room, board.tokens.participant, {
      k: memberKey,
    });
    await waitFor('the private kaart stored', () => tab.records.has('shape:privé-kaart'));
    await waitFor('the private marker taken back', () => !own.records.has('shape:privé'));
    expect(tab.records.has('shape:privé')).toBe(false);
    const reveal = await fetch(
      `${server!.httpUrl}/api/boards/${board.boardId}/reveal?t=${board.tokens.facilitator}`,
      { method: 'POST' },
    );
    expect(await reveal.json()).toEqual({ revealed: 1 });
    await waitFor('the revealed kaart', () => witness.records.has('shape:privé-kaart'));
    expect(witness.records.has('shape:privé')).toBe(false);
  });
});
