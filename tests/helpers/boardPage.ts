/**
 * Opening Werkbord boards in Chromium as a named person, and reading the tldraw editor the client
 * exposes as `window.__werkbordEditor` (its test and debug hook).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Editor, TLNoteShape } from 'tldraw';
import { afterEach } from 'vitest';
import { openRecordedPage } from './browser.js';

declare global {
  interface Window {
    __werkbordEditor?: Editor;
  }
}

export interface Viewport {
  width: number;
  height: number;
}

export const LAPTOP: Viewport = { width: 1280, height: 800 };

export interface OpenBoard {
  context: BrowserContext;
  page: Page;
  requests: string[];
}

/**
 * Closes, after each test, what it opened into `opened`: every open board keeps Chromium busy
 * (rendering, presence), which slows every test after it.
 */
export function closeAfterEach(opened: Array<OpenBoard | BrowserContext>): void {
  afterEach(async () => {
    for (const open of opened.splice(0)) await ('page' in open ? open.context : open).close();
  });
}

/** A new browser context (its own storage, so its own person) with the name already chosen. */
export async function openBoardAs(
  browser: Browser,
  url: string,
  name: string,
  viewport: Viewport = LAPTOP,
): Promise<OpenBoard> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript((chosen) => localStorage.setItem('werkbord.name', chosen), name);
  const { page, requests } = await openRecordedPage(context, url);
  await waitForEditor(page);
  await waitForStatus(page, 'connected');
  return { context, page, requests };
}

export async function waitForEditor(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__werkbordEditor !== undefined);
}

export async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="connection-status"][data-status="${status}"]`).waitFor();
}

/** The plain text of every note on the current page, sorted. */
export async function noteTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const editor = window.__werkbordEditor;
    if (!editor) return [];
    const notes = editor
      .getCurrentPageShapes()
      .filter((shape): shape is TLNoteShape => shape.type === 'note');
    return notes.map((note) => editor.getShapeUtil(note).getText(note) ?? '').sort();
  });
}

export async function waitForNote(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted) => {
    const editor = window.__werkbordEditor;
    if (!editor) return false;
    return editor
      .getCurrentPageShapes()
      .some(
        (shape) => shape.type === 'note' && editor.getShapeUtil(shape).getText(shape) === wanted,
      );
  }, text);
}

/** Creates a note through the editor API (for tests that are not about the note tool itself). */
export async function createNote(page: Page, text: string, x = 0, y = 0): Promise<void> {
  await page.evaluate(
    ({ text, x, y }) => {
      window.__werkbordEditor?.createShape({
        type: 'note',
        x,
        y,
        props: {
          richText: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
          },
        },
      });
    },
    { text, x, y },
  );
}

/** Every URL whose origin differs from the app's. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  const wsOrigin = origin.replace(/^http/, 'ws');
  return requests.filter(
    (url) =>
      !url.startsWith(`${origin}/`) &&
      !url.startsWith(`${wsOrigin}/`) &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:'),
  );
}
