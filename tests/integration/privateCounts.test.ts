/**
 * How many privé cards each person has, before onthullen: the server counts the private
 * documents and writes the counts (never the content) into the control document, per person by
 * the presence key of the browser that has the document open, and in all. Onthullen empties
 * them; ending privé schrijven takes them away.
 */
import {
  controlRoom,
  memberIdForKey,
  newMemberKey,
  PRESENCE_KEY_PARAM,
  presenceIdForKey,
  privateRoom,
  readPrivateCounts,
  SessionKey,
} from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const servers: TestServer[] = [];
afterEach(() => destroyClients());
afterAll(async () => {
  for (const server of servers) await server.close();
  removeTestDataDirs();
});

describe('privé cards counted for the begeleider', () => {
  it('per person and in all, without what they say, until onthullen', async () => {
    const server = await startTestServer();
    servers.push(server);
    const board = await createBoard(server.httpUrl, 'Teamdag', 'klaag-en-jubelmuur');
    const begeleider = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const counts = () => readPrivateCounts(begeleider.board.get(SessionKey.PrivateCounts));
    begeleider.board.set(SessionKey.PrivateWriting, true);

    /** A person's browser: its member key opens the private room, its presence key says who. */
    async function person() {
      const key = newMemberKey();
      const presenceKey = newMemberKey(); // the same form: 22 base64url characters
      const client = await syncedClient(
        server.syncUrl,
        privateRoom(board.boardId, await memberIdForKey(key)),
        board.tokens.participant,
        { k: key, [PRESENCE_KEY_PARAM]: presenceKey },
      );
      return { client, id: presenceIdForKey(presenceKey) };
    }
    const anna = await person();
    const bram = await person();
    anna.client.records.set('shape:a1', kaartRecord('a1', 'Geheim plan van Anna'));
    anna.client.records.set('shape:a2', kaartRecord('a2', 'Nog een'));
    bram.client.records.set('shape:b1', kaartRecord('b1', 'Bram denkt na'));
    // Not a card: a page record in the private document counts for nothing.
    bram.client.records.set('page:page', { id: 'page:page', typeName: 'page', name: 'Pagina 1' });

    await waitFor('the counts', () => counts()?.total === 3);
    expect(counts()).toEqual({ counts: { [anna.id]: 2, [bram.id]: 1 }, total: 3 });
    const control = JSON.stringify(begeleider.board.toJSON());
    for (const text of ['Geheim plan van Anna', 'Nog een', 'Bram denkt na']) {
      expect(control).not.toContain(text);
    }

    // A deleted card counts no more; someone who just opened their document counts as 0.
    anna.client.records.delete('shape:a2');
    const chaimae = await person();
    await waitFor('the new counts', () => counts()?.counts[chaimae.id] === 0);
    expect(counts()).toEqual({ counts: { [anna.id]: 1, [bram.id]: 1, [chaimae.id]: 0 }, total: 2 });

    const revealed = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}/reveal?t=${board.tokens.facilitator}`,
      { method: 'POST' },
    );
    expect(revealed.status).toBe(200);
    await waitFor('nothing left to reveal', () => counts()?.total === 0);
    expect(counts()?.counts).toEqual({ [anna.id]: 0, [bram.id]: 0, [chaimae.id]: 0 });

    begeleider.board.set(SessionKey.PrivateWriting, false);
    await waitFor('the counts to go', () => !begeleider.board.has(SessionKey.PrivateCounts));
  });

  it('counts the cards already there when privé schrijven is switched on', async () => {
    const server = await startTestServer();
    servers.push(server);
    const board = await createBoard(server.httpUrl);
    const begeleider = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const key = newMemberKey();
    const own = await syncedClient(
      server.syncUrl,
      privateRoom(board.boardId, await memberIdForKey(key)),
      board.tokens.participant,
      { k: key, [PRESENCE_KEY_PARAM]: newMemberKey() },
    );
    own.records.set('shape:x', kaartRecord('x', 'Een stem'));
    // The server has the card once another tab of the same browser gets it.
    const again = await syncedClient(
      server.syncUrl,
      privateRoom(board.boardId, await memberIdForKey(key)),
      board.tokens.participant,
      { k: key },
    );
    await waitFor('the card on the server', () => again.records.has('shape:x'));
    expect(begeleider.board.has(SessionKey.PrivateCounts)).toBe(false);
    begeleider.board.set(SessionKey.PrivateWriting, true);
    await waitFor(
      'the count',
      () => readPrivateCounts(begeleider.board.get(SessionKey.PrivateCounts))?.total === 1,
    );
  });
});
