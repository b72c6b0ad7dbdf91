/**
 * The two browser figures of one board: how long until it is rendered after opening, and what one
 * card's drag costs per frame. Measured in Debian's Chromium through playwright-core.
 */
import type { Browser, Page } from 'playwright-core';
import { cardId } from './scenarios.js';

export interface OpenFigures {
  /** From navigation start until every card is in the DOM and two frames have been painted. */
  renderedMs: number;
}

export interface DragFigures {
  frames: number;
  /** Intervals between animation frames during the drag. */
  frameP50Ms: number;
  frameP95Ms: number;
  frameMaxMs: number;
  /** Main-thread task time (script, style, layout, paint) per frame: unquantised cost. */
  taskMsPerFrame: number;
}

const VIEWPORT = { width: 1280, height: 800 };

/** Opens the board in a fresh context and waits until all `cards` of `cardType` are rendered. */
export async function measureOpen(
  browser: Browser,
  url: string,
  cardType: string,
  cards: number,
): Promise<{ page: Page; close(): Promise<void>; figures: OpenFigures }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(() => localStorage.setItem('werkbord.name', 'Bench'));
  const page = await context.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction(
    ({ type, count }) => {
      const rendered = document.querySelectorAll(`.tl-shape[data-shape-type="${type}"]`).length;
      if (rendered < count) return 0;
      // Two frames: the cards are not only in the DOM but painted.
      return new Promise<number>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
      );
    },
    { type: cardType, count: cards },
    { timeout: 120_000, polling: 'raf' },
  );
  const renderedMs = (await handle.jsonValue()) as number;
  return { page, close: () => context.close(), figures: { renderedMs } };
}

/** Drags the hub card (the one with most relations) over `steps` pointer moves. */
export async function measureDrag(page: Page, steps: number): Promise<DragFigures> {
  const start = await page.evaluate((id) => {
    const editor = window.__werkbordEditor!;
    const bounds = editor.getShapePageBounds(id as never)!;
    // Bring the hub into view at 100 % so the drag is what a person does.
    editor.setCamera({ x: -bounds.x + 200, y: -bounds.y + 200, z: 1 });
    return editor.pageToScreen({ x: bounds.x + bounds.w / 2, y: bounds.y + 24 });
  }, cardId(0));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  };

  // As source text: tsx names inner functions through a helper the page does not have.
  await page.evaluate(`(() => {
    const stamps = [];
    window.__frames = stamps;
    const tick = (time) => {
      stamps.push(time);
      if (stamps.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const taskBefore = await taskTime();
  const firstFrame = await frameCount(page);
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(start.x + i * 6, start.y + Math.sin(i / 8) * 60);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  const taskAfter = await taskTime();
  const stamps = await page.evaluate(
    (from) => (window as unknown as { __frames: number[] }).__frames.slice(from),
    firstFrame,
  );
  await page.mouse.up();
  await cdp.detach();

  const intervals = stamps.slice(1).map((time, i) => time - stamps[i]!);
  intervals.sort((a, b) => a - b);
  const at = (q: number) =>
    intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))] ?? 0;
  return {
    frames: intervals.length,
    frameP50Ms: at(0.5),
    frameP95Ms: at(0.95),
    frameMaxMs: intervals.at(-1) ?? 0,
    taskMsPerFrame: intervals.length ? (taskAfter - taskBefore) / intervals.length : 0,
  };
}

function frameCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.length);
}
