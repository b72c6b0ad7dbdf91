/**
 * Debian's Chromium driven by playwright-core: browser downloads are impossible here, so the
 * tests use the distribution's binary with the flags this sandbox needs.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} ontbreekt: run 'bash scripts/ensure-test-packages.sh' (apt).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface RecordedPage {
  page: Page;
  /** Every URL the page requested (documents, scripts, fonts, WebSockets, …). */
  requests: string[];
}

/** Opens a page in a context and records every request it makes, WebSockets included. */
export async function openRecordedPage(
  context: BrowserContext,
  url: string,
): Promise<RecordedPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));
  await page.goto(url);
  return { page, requests };
}
