/**
 * `pnpm bench:canvas` (and the second half of `pnpm bench`): a board of Werkbord cards and
 * relations against the same number of tldraw's built-in notes and arrows on a blank board, in
 * Debian's Chromium. Prints the time until the board is rendered after opening and the frame
 * times while one card is dragged, side by side with ratios, and writes
 * tests/artifacts/bench/canvas.json. Figures, not a pass/fail test.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import type { CreateBoardResponse } from '@werkbord/shared';
import { launchChromium } from '../../helpers/browser.js';
import { freePort, killChildren, spawnServer } from '../serverProcess.js';
import { measureDrag, measureOpen, type DragFigures, type OpenFigures } from './measure.js';
import { SCENARIOS, cardId, relationPairs, type Scenario, type SeedPlan } from './scenarios.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const RESULTS = join(repoRoot, 'tests/artifacts/bench/canvas.json');

interface CanvasOptions extends SeedPlan {
  /** Fresh opens per board; the report shows the median. */
  opens: number;
  dragSteps: number;
}

function parseOptions(argv: string[]): CanvasOptions {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: {
      quick: { type: 'boolean' },
      cards: { type: 'string' },
      relations: { type: 'string' },
      opens: { type: 'string' },
    },
  });
  const quick = values.quick === true;
  const number = (value: unknown, fallback: number) =>
    typeof value === 'string' && Number.isFinite(Number(value)) ? Number(value) : fallback;
  const cards = number(values.cards, quick ? 100 : 500);
  const relations = number(values.relations, quick ? 40 : 200);
  return {
    cards,
    relations,
    hubRelations: Math.min(12, relations),
    opens: number(values.opens, quick ? 1 : 3),
    dragSteps: quick ? 30 : 120,
  };
}

interface ScenarioRun {
  name: Scenario['name'];
  board: string;
  open: OpenFigures[];
  drag: DragFigures;
  /** How far the hub card moved: proof the drag happened. */
  hubMovedBy: number;
}

async function createBoard(base: string, werkvorm: string): Promise<CreateBoardResponse> {
  const response = await fetch(`${base}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ werkvorm, title: `Bench ${werkvorm}` }),
  });
  if (response.status !== 201) throw new Error(`POST /api/boards → ${response.status}`);
  return (await response.json()) as CreateBoardResponse;
}

async function runScenario(
  browser: Browser,
  base: string,
  scenario: Scenario,
  options: CanvasOptions,
): Promise<ScenarioRun> {
  const { links } = await createBoard(base, scenario.werkvorm);
  const url = new URL(links.facilitator, base).href;

  // Seed through a real client, so the cards reach the server the way a group's would.
  const seeding = await browser.newContext();
  await seeding.addInitScript(() => localStorage.setItem('werkbord.name', 'Bench'));
  const seeder = await seeding.newPage();
  await seeder.goto(url);
  await seeder.waitForFunction(() => window.__werkbordEditor !== undefined);
  await seeder.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
  await seeder.evaluate(scenario.seed, { plan: options, pairs: relationPairs(options) });
  const total = options.cards + options.relations;
  const count = await seeder.evaluate(() => window.__werkbordEditor!.getCurrentPageShapes().length);
  if (count !== total)
    throw new Error(`${scenario.name}: seeded ${count} shapes, expected ${total}`);
  await seeder.waitForTimeout(1500);
  await seeding.close();

  const open: OpenFigures[] = [];
  let last: Awaited<ReturnType<typeof measureOpen>> | undefined;
  for (let i = 0; i < options.opens; i++) {
    await last?.close();
    last = await measureOpen(browser, url, scenario.cardType, options.cards);
    open.push(last.figures);
  }
  const page = last!.page;
  const hubX = () =>
    page.evaluate((id) => window.__werkbordEditor!.getShape(id as never)!.x, cardId(0));
  const before = await hubX();
  const drag = await measureDrag(page, options.dragSteps);
  const hubMovedBy = (await hubX()) - before;
  await last!.close();
  return { name: scenario.name, board: scenario.describe(options), open, drag, hubMovedBy };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function report(runs: ScenarioRun[], options: CanvasOptions): string {
  const [reference, werkbord] = runs as [ScenarioRun, ScenarioRun];
  const rows: [string, (run: ScenarioRun) => number][] = [
    ['rendered after open (ms, median)', (run) => median(run.open.map((o) => o.renderedMs))],
    ['drag: frame p50 (ms)', (run) => run.drag.frameP50Ms],
    ['drag: frame p95 (ms)', (run) => run.drag.frameP95Ms],
    ['drag: frame max (ms)', (run) => run.drag.frameMaxMs],
    ['drag: main-thread ms per frame', (run) => run.drag.taskMsPerFrame],
  ];
  const lines = [
    `Canvas bench: ${options.cards} cards, ${options.relations} relations, ${options.opens} opens, ${options.dragSteps} drag steps, 1280×800`,
    `  reference: ${reference.board}`,
    `  werkbord:  ${werkbord.board}`,
    '',
    `${'figure'.padEnd(34)}${'reference'.padStart(12)}${'werkbord'.padStart(12)}${'ratio'.padStart(8)}`,
  ];
  for (const [label, figure] of rows) {
    const a = figure(reference);
    const b = figure(werkbord);
    lines.push(
      `${label.padEnd(34)}${a.toFixed(1).padStart(12)}${b.toFixed(1).padStart(12)}${(a > 0 ? b / a : NaN).toFixed(2).padStart(8)}`,
    );
  }
  lines.push(
    '',
    `frames during the drag: ${reference.drag.frames} vs ${werkbord.drag.frames}; hub moved ${reference.hubMovedBy.toFixed(0)} vs ${werkbord.hubMovedBy.toFixed(0)} page units`,
    'Goal: werkbord ≤ 1.5 × reference on every figure.',
  );
  return lines.join('\n');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const main = join(repoRoot, 'server/dist/main.js');
  const clientDir = join(repoRoot, 'client/dist');
  if (!existsSync(main) || !existsSync(clientDir)) throw new Error('run `pnpm build` first');
  const dataDir = await mkdtemp(join(tmpdir(), 'werkbord-canvas-bench-'));
  const port = await freePort();
  const server = await spawnServer({
    script: main,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      WERKBORD_DATA_DIR: dataDir,
      WERKBORD_CLIENT_DIR: clientDir,
      LOG_LEVEL: 'warn',
    },
    port,
    readyPath: '/healthz',
  });
  const browser = await launchChromium();
  try {
    const base = `http://127.0.0.1:${port}`;
    const runs: ScenarioRun[] = [];
    for (const scenario of SCENARIOS) {
      process.stdout.write(`canvas bench: ${scenario.name}…\n`);
      runs.push(await runScenario(browser, base, scenario, options));
    }
    for (const run of runs) {
      if (Math.abs(run.hubMovedBy) < 100)
        throw new Error(`${run.name}: the drag did not move the card`);
    }
    console.log(report(runs, options));
    await mkdir(dirname(RESULTS), { recursive: true });
    await writeFile(RESULTS, JSON.stringify({ options, runs }, null, 2));
    console.log(`\nwritten to ${RESULTS}`);
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  killChildren();
  console.error(error);
  process.exit(1);
});
