/**
 * People are told apart: eight people who open one board at the same moment each get their own
 * colour, and every browser shows everyone in the same colour; a reload keeps a person's colour.
 * The eight browsers' user ids are chosen so that all of them start out wanting the same colour
 * (the hash of their id), the hardest case for the agreement.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { LAPTOP, waitForEditor, waitForStatus } from '../helpers/boardPage.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

/** Eight user ids that all hash to the first colour of the palette, `WANTED`. */
const PEOPLE = [
  ['Anna', 'persoon-0006'],
  ['Bram', 'persoon-0011'],
  ['Chris', 'persoon-0033'],
  ['Dewi', 'persoon-0042'],
  ['Emre', 'persoon-0051'],
  ['Fatima', 'persoon-0060'],
  ['Gijs', 'persoon-0082'],
  ['Hanna', 'persoon-0110'],
] as const;

const WANTED = '#c92a2a';

let server: TestServer;
let browser: Browser;
let board: TestBoard;

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_CLIENT_DIR: CLIENT_DIR });
  browser = await launchChromium();
  board = await createBoard(server.httpUrl, 'Kleuren');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTestDataDirs();
});

interface Person {
  name: string;
  page: Page;
}

async function open(name: string, userId: string): Promise<Person> {
  const context = await browser.newContext({ viewport: LAPTOP });
  await context.addInitScript(
    (chosen) => {
      localStorage.setItem('werkbord.name', chosen.name);
      localStorage.setItem('werkbord.userId', chosen.userId);
    },
    { name, userId },
  );
  const page = await context.newPage();
  await page.goto(`${server.httpUrl}/b/${board.boardId}?t=${board.tokens.participant}`);
  await waitForEditor(page);
  await waitForStatus(page, 'connected');
  return { name, page };
}

/** My own colour, and the colour of each other person's cursor, as one browser shows them. */
function colours(page: Page): Promise<{ own: string; others: Record<string, string> }> {
  return page.evaluate(() => {
    const editor = window.__werkbordEditor!;
    const others = Object.fromEntries(
      editor.getCollaborators().map((presence) => [presence.userName, presence.color]),
    );
    return { own: editor.user.getColor(), others };
  });
}

/** Every browser sees everyone, each person's colour is their own, and all browsers agree. */
async function waitForAgreement(people: Person[]): Promise<Record<string, string>> {
  let last: Record<string, string> = {};
  await waitFor(
    'everyone to have a distinct colour that everyone sees',
    async () => {
      const views = await Promise.all(people.map((person) => colours(person.page)));
      const own = Object.fromEntries(people.map((person, i) => [person.name, views[i]!.own]));
      last = own;
      if (new Set(Object.values(own)).size !== people.length) return false;
      return views.every((view, i) =>
        people.every((other, j) => i === j || view.others[other.name] === own[other.name]),
      );
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}: ${JSON.stringify(last)}`);
  });
  return last;
}

describe('colours of the people present', () => {
  let people: Person[] = [];

  it('eight people who join at the same moment each get their own colour', async () => {
    people = await Promise.all(PEOPLE.map(([name, userId]) => open(name, userId)));
    const agreed = await waitForAgreement(people);
    expect(new Set(Object.values(agreed)).size).toBe(8);
  }, 180_000); // eight tldraw pages starting at once on a small machine

  it('a reload keeps the colour', async () => {
    const before = await waitForAgreement(people);
    // Someone who moved away from the colour they all wanted: only a remembered colour brings
    // theirs back, the derived one would not.
    const moved = people.find((person) => before[person.name] !== WANTED)!;
    await moved.page.reload();
    await waitForEditor(moved.page);
    await waitForStatus(moved.page, 'connected');
    const after = await waitForAgreement(people);
    expect(after).toEqual(before);
  });
});
