/**
 * axe-core in the page under test: its `axe.min.js` from our own node_modules is evaluated in the
 * page (nothing is fetched from another host), then run against WCAG 2.1 A and AA. Not through
 * `addScriptTag({content})`: our Content-Security-Policy (`script-src 'self'`) rightly refuses an
 * inline script, and the page is checked with its CSP in force rather than with `bypassCSP`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    axe?: typeof Axe;
  }
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The impacts the issue holds us to: none of these may remain. */
export const BLOCKING_IMPACTS = ['serious', 'critical'] as const;

/**
 * tldraw's own canvas internals that we cannot change; each with why. Only tldraw's elements
 * are named here, never one of ours.
 */
export const TLDRAW_EXCLUDES: readonly string[] = [];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Puts axe into the page once (again after a navigation). */
async function ensureAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => window.axe !== undefined)) return;
  await page.evaluate(AXE_SOURCE);
}

/** Runs axe on the page (or inside `within`) and returns every violation, with its nodes. */
export async function axeViolations(page: Page, within?: string): Promise<AxeFinding[]> {
  await ensureAxe(page);
  // Reduced to the findings in the page: axe's whole result (each check's data, related nodes)
  // can nest deeper than Playwright serialises.
  return page.evaluate(
    async ({ within, exclude }) => {
      const context = {
        include: within ? [[within]] : [['html']],
        exclude: exclude.map((selector) => [selector]),
      };
      const results = await window.axe!.run(context as never, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { within, exclude: [...TLDRAW_EXCLUDES] },
  );
}

/** The serious and critical violations, as readable lines (empty when there are none). */
export function blocking(findings: readonly AxeFinding[]): string[] {
  return findings
    .filter((finding) => (BLOCKING_IMPACTS as readonly string[]).includes(finding.impact))
    .flatMap((finding) =>
      finding.targets.map(
        (target) => `${finding.impact} ${finding.rule}: ${target} (${finding.help})`,
      ),
    );
}
