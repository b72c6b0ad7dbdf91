/**
 * `pnpm bench:snapshots` (and the last part of `pnpm bench`): momentopnamen of a big board. A board
 * with 2,000 cards is written through a stock y-websocket client; then the time to create, list
 * and restore a snapshot over HTTP, and the storage of 100 snapshots of it. Figures, not a test.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_SHAPE_PROPS,
  ShapeType,
  type SnapshotInfo,
  type SnapshotListResponse,
} from '@werkbord/shared';
import { createBoard } from '../../helpers/boards.js';
import { destroyClients, syncedClient } from '../../helpers/syncClients.js';
import { waitFor } from '../../helpers/waitFor.js';
import { freePort, killChildren, spawnServer } from '../serverProcess.js';
import { medianOf } from '../stats.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const RESULTS = join(repoRoot, 'tests/artifacts/bench/snapshots.json');

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: false,
    options: { quick: { type: 'boolean' }, cards: { type: 'string' } },
  });
  const quick = values.quick === true;
  const cards = typeof values.cards === 'string' ? Number(values.cards) : quick ? 200 : 2000;
  return { cards, snapshots: quick ? 10 : 100, repeats: quick ? 3 : 10 };
}

/** A kaart record as the client stores it, on a grid. */
function kaart(i: number) {
  return {
    id: `shape:bench${i}`,
    typeName: 'shape',
    type: ShapeType.Kaart,
    x: (i % 50) * 220,
    y: Math.floor(i / 50) * 220,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    parentId: 'page:page',
    index: `a${i}`,
    props: {
      ...DEFAULT_SHAPE_PROPS.kaart,
      text: `Kaart ${i + 1}: iets wat de groep opschreef`,
      author: 'Bench',
      createdAt: 1_700_000_000_000,
    },
    meta: {},
  };
}

async function timed<T>(task: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await task();
  return [performance.now() - start, result];
}

async function main() {
  const { cards, snapshots, repeats } = options();
  const serverMain = join(repoRoot, 'server/dist/main.js');
  if (!existsSync(serverMain)) throw new Error('run `pnpm build` first');
  const dataDir = await mkdtemp(join(tmpdir(), 'werkbord-snapshot-bench-'));
  const port = await freePort();
  const server = await spawnServer({
    script: serverMain,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      WERKBORD_DATA_DIR: dataDir,
      WERKBORD_AUTO_SNAPSHOT_MINUTES: '0',
      LOG_LEVEL: 'warn',
    },
    port,
    readyPath: '/healthz',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    const board = await createBoard(base, 'Snapshot bench', 'klaag-en-jubelmuur');
    const writer = await syncedClient(
      `ws://127.0.0.1:${port}/sync`,
      board.boardId,
      board.tokens.facilitator,
    );
    writer.doc.transact(() => {
      writer.records.set('page:page', {
        id: 'page:page',
        typeName: 'page',
        name: 'Pagina 1',
        index: 'a1',
        meta: {},
      });
      for (let i = 0; i < cards; i++) writer.records.set(`shape:bench${i}`, kaart(i));
    });
    const reader = await syncedClient(
      `ws://127.0.0.1:${port}/sync`,
      board.boardId,
      board.tokens.viewer,
    );
    await waitFor('the board to be stored', () => reader.records.map.size === cards + 1, {
      timeoutMs: 60_000,
    });

    const api = (path: string, init?: RequestInit) =>
      fetch(`${base}/api/boards/${board.boardId}${path}`, init);
    const t = (role: 'facilitator' | 'viewer') => `t=${board.tokens[role]}`;
    const create = async (name: string) => {
      const response = await api(`/snapshots?${t('facilitator')}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      if (response.status !== 201) throw new Error(`create → ${response.status}`);
      return (await response.json()) as SnapshotInfo;
    };

    const createMs: number[] = [];
    const created: SnapshotInfo[] = [];
    for (let i = 0; i < snapshots; i++) {
      const [ms, info] = await timed(() => create(`Bijeenkomst ${i + 1}`));
      createMs.push(ms);
      created.push(info);
    }
    const listMs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const [ms, list] = await timed(
        async () =>
          (await api(`/snapshots?${t('viewer')}`)).json() as Promise<SnapshotListResponse>,
      );
      if (list.snapshots.length < snapshots) throw new Error('list is missing snapshots');
      listMs.push(ms);
    }
    // Restore alternates between an older state (half the cards moved away) and back.
    const restoreMs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      writer.doc.transact(() => {
        for (let c = 0; c < cards; c += 2)
          writer.records.set(`shape:bench${c}`, { ...kaart(c), x: -5000 - c });
      });
      await waitFor(
        'the edit to arrive',
        () => (reader.records.get('shape:bench0') as { x: number }).x < 0,
        { timeoutMs: 30_000 },
      );
      const [ms, response] = await timed(() =>
        api(`/snapshots/${created[0]!.id}/restore?${t('facilitator')}`, { method: 'POST' }),
      );
      if (response.status !== 200) throw new Error(`restore → ${response.status}`);
      await response.arrayBuffer();
      restoreMs.push(ms);
      await waitFor(
        'the restore to arrive',
        () => (reader.records.get('shape:bench0') as { x: number }).x === 0,
        { timeoutMs: 30_000 },
      );
    }

    const snapshotBytes = created.reduce((sum, info) => sum + info.sizeBytes, 0);
    const fileBytes = ['werkbord.db', 'werkbord.db-wal']
      .map((name) => join(dataDir, name))
      .filter(existsSync)
      .reduce((sum, path) => sum + statSync(path).size, 0);
    const figures = {
      cards,
      snapshots,
      createMedianMs: medianOf(createMs),
      createMaxMs: Math.max(...createMs),
      listMedianMs: medianOf(listMs),
      restoreMedianMs: medianOf(restoreMs),
      restoreMaxMs: Math.max(...restoreMs),
      oneSnapshotKiB: created[0]!.sizeBytes / 1024,
      snapshotsMiB: snapshotBytes / 1024 / 1024,
      databaseFilesMiB: fileBytes / 1024 / 1024,
    };
    const row = (label: string, value: number, unit: string) =>
      console.log(`${label.padEnd(40)}${value.toFixed(1).padStart(10)} ${unit}`);
    console.log(
      `Snapshot bench: a board with ${cards} cards, ${snapshots} snapshots, ${repeats} lists and restores`,
    );
    row('create a snapshot (median)', figures.createMedianMs, 'ms');
    row('create a snapshot (max)', figures.createMaxMs, 'ms');
    row(`list ${snapshots} snapshots (median)`, figures.listMedianMs, 'ms');
    row('restore, half the cards differ (median)', figures.restoreMedianMs, 'ms');
    row('restore (max)', figures.restoreMaxMs, 'ms');
    row('one snapshot', figures.oneSnapshotKiB, 'KiB');
    row(`${snapshots} snapshots (content + control)`, figures.snapshotsMiB, 'MiB');
    row('database files on disk', figures.databaseFilesMiB, 'MiB');
    await mkdir(dirname(RESULTS), { recursive: true });
    await writeFile(RESULTS, JSON.stringify(figures, null, 2));
    console.log(`\nwritten to ${RESULTS}`);
  } finally {
    destroyClients();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  killChildren();
  console.error(error);
  process.exit(1);
});
