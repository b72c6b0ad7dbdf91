/**
 * What a board looks like on a screen, measured from the DOM: the zoom of "Alles in beeld", how
 * tall the cards' titles and the zone labels are on screen, how wide the relations are drawn, and
 * how much of the height the chrome (header, steps, timer, notices) takes.
 */
import type { Page } from 'playwright-core';

/** Waits until the camera has stopped moving (an animation ends, a late layout settles). */
export async function waitForCameraRest(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const editor = window.__werkbordEditor!;
        const before = JSON.stringify(editor.getCamera());
        setTimeout(
          () =>
            resolve(
              editor.getCameraState() === 'idle' && JSON.stringify(editor.getCamera()) === before,
            ),
          250,
        );
      }),
  );
}

/** Presses "Alles in beeld" and waits for the camera to arrive. */
export async function fitWholeBoard(page: Page): Promise<void> {
  // A programmatic click: what is measured is the camera, not whether a panel covers the button.
  await page.locator('[data-testid="fit-board"]').evaluate((button: HTMLElement) => button.click());
  await waitForCameraRest(page);
}

export interface Readability {
  zoom: number;
  /** On-screen font size (px) of the cards' titles (anekdote and stakeholder) or text (kaart). */
  titlePx: { min: number; median: number; count: number };
  /** On-screen font size of the smallest zone label. */
  zoneLabelPx: number;
  /** On-screen font size of the smallest text that grows (a zone's question); `null`: none. */
  questionPx: number | null;
  /** On-screen stroke width of relations per strength (px). */
  relationPx: Record<string, number>;
  /** Pixels above the canvas: header, steps bar, facilitation bar, notices. */
  chromeTop: number;
  /** The window's height. */
  viewportH: number;
}

/**
 * The figures at the current camera. A font size on screen is the element's computed size times
 * the scale its ancestors' transforms apply (from its box on screen against its layout box).
 */
export async function measureReadability(page: Page): Promise<Readability> {
  return page.evaluate(() => {
    const editor = window.__werkbordEditor!;
    const zoom = editor.getZoomLevel();
    // No named functions in here: a bundler may wrap them in helpers the page lacks.
    const titles = Array.from(
      document.querySelectorAll<HTMLElement>(
        '.werkbord-card .werkbord-card__title, .werkbord-card .werkbord-card__text',
      ),
    )
      .map(
        (element) =>
          parseFloat(getComputedStyle(element).fontSize) *
          (element.getBoundingClientRect().height / Math.max(1, element.offsetHeight)),
      )
      // Shapes outside the viewport are culled (not displayed): they have no size.
      .filter((size) => size > 0)
      .sort((a, b) => a - b);
    // SVG texts live in page units inside the camera's transform.
    const labels = Array.from(
      document.querySelectorAll<SVGTextElement>('[data-testid="werkvorm-background"] text'),
    )
      .filter((text) => text.getAttribute('font-weight') === '600')
      .map((text) => parseFloat(getComputedStyle(text).fontSize) * zoom);
    const questions = Array.from(
      document.querySelectorAll<SVGTextElement>(
        '[data-testid="werkvorm-background"] text[data-grows]',
      ),
    ).map((text) => parseFloat(getComputedStyle(text).fontSize) * zoom);
    const relationPx: Record<string, number> = {};
    for (const line of Array.from(
      document.querySelectorAll<SVGLineElement>('[data-testid="relatie-line"] line'),
    )) {
      const strength = line.dataset.strength ?? '';
      relationPx[strength] = parseFloat(getComputedStyle(line).strokeWidth) * zoom;
    }
    const canvas = document.querySelector('.board__body')!.getBoundingClientRect();
    return {
      zoom,
      titlePx: {
        min: titles[0] ?? 0,
        median: titles[Math.floor(titles.length / 2)] ?? 0,
        count: titles.length,
      },
      zoneLabelPx: labels.length > 0 ? Math.min(...labels) : 0,
      questionPx: questions.length > 0 ? Math.min(...questions) : null,
      relationPx,
      chromeTop: canvas.top,
      viewportH: window.innerHeight,
    };
  });
}
