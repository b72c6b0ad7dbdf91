/**
 * The thumbnail (PNG) of a board's documents, drawn on the server: `thumbnailSvg` rasterised by
 * resvg (a native renderer from npm, no browser), in a worker thread so the relay keeps running.
 * Momentopnamen saved without a picture (automatic ones, the backup before a restore, or a named
 * one whose browser could not draw it) get one this way.
 */
import { renderAsync } from '@resvg/resvg-js';
import {
  BoardKey,
  CONTROL_BOARD,
  cardsFromRecords,
  SNAPSHOT_THUMBNAIL_MAX_BYTES,
  settingsOrDefaults,
} from '@werkbord/shared';
import * as Y from 'yjs';
import { boardWerkvorm, contentRecords } from '../../boards/harvest.js';
import type { BoardRecord } from '../../storage/Storage.js';
import { thumbnailSvg } from './thumbnailSvg.js';

/** As wide as the thumbnails browsers make for named momentopnamen. */
export const THUMBNAIL_WIDTH = 320;

/** The PNG of a board's content and control documents (Yjs updates). */
export async function boardThumbnail(
  board: BoardRecord,
  docs: { content: Uint8Array; control: Uint8Array },
): Promise<Uint8Array> {
  const content = new Y.Doc();
  const control = new Y.Doc();
  let svg: string;
  let width: number;
  try {
    Y.applyUpdate(content, docs.content);
    Y.applyUpdate(control, docs.control);
    const werkvorm = boardWerkvorm(board, control);
    const settings = settingsOrDefaults(
      werkvorm.settings,
      control.getMap<unknown>(CONTROL_BOARD).get(BoardKey.Settings),
    );
    const layout = werkvorm.layout(settings);
    const { cards, relations } = cardsFromRecords(contentRecords(content));
    ({ svg, width } = thumbnailSvg(werkvorm, layout, cards, relations, THUMBNAIL_WIDTH));
  } finally {
    content.destroy();
    control.destroy();
  }
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(Math.min(THUMBNAIL_WIDTH, width))) },
    font: { loadSystemFonts: false },
    logLevel: 'off',
  });
  const png = image.asPng();
  if (png.length > SNAPSHOT_THUMBNAIL_MAX_BYTES)
    throw new Error(`thumbnail too large: ${png.length} bytes`);
  return png;
}
