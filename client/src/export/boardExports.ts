/**
 * The board's downloads: image (PNG, SVG), PDF for the procesverslag, the tldraw file (.tldr),
 * and the harvest as CSV or Markdown. Everything is drawn in this browser from the live store;
 * only the harvest comes from our own server.
 */
import { HarvestFormat, type CsvSeparator, type Harvest } from '@werkbord/shared';
import { serializeTldrawJson } from 'tldraw';
import { fetchHarvest, harvestUrl } from '../api/apiClient';
import { boardSvg } from '../picture/boardSvg';
import { downloadBlob } from './download';
import { exportFileName } from './fileName';
import { markTldrJson } from './werkbordMarker';
import { boardRaster, type PictureContext } from '../picture/boardPicture';
import { canvasToBlob } from '../picture/rasterize';

export interface ExportContext extends PictureContext {
  boardId: string;
  token: string;
  title: string;
  /** The werkvorm's id and settings, marked in a `.tldr` file so an import gets them back. */
  werkvorm: string;
  settings: unknown;
  /** Whether the board is written anonymously: an import of the file is too. */
  anonymous: boolean;
}

/** Pixels per page unit of a PNG download: sharp on a projector, still a reasonable file. */
const PNG_SCALE = 2;

export async function downloadPng(context: ExportContext): Promise<void> {
  const raster = await boardRaster(context, PNG_SCALE);
  downloadBlob(await canvasToBlob(raster.canvas), exportFileName(context.title, 'png'));
}

export async function downloadSvg(context: ExportContext): Promise<void> {
  const { svg } = await boardSvg(context.editor, context.layout, context.language);
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), exportFileName(context.title, 'svg'));
}

export async function downloadTldr(context: ExportContext): Promise<void> {
  const json = markTldrJson(
    await serializeTldrawJson(context.editor),
    context.werkvorm,
    context.settings,
    context.anonymous,
  );
  downloadBlob(
    new Blob([json], { type: 'application/vnd.tldraw+json' }),
    exportFileName(context.title, 'tldr'),
  );
}

export function loadHarvest(context: Pick<ExportContext, 'boardId' | 'token'>): Promise<Harvest> {
  return fetchHarvest(context.boardId, context.token);
}

async function downloadUrl(url: string, fileName: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`harvest download failed: ${response.status}`);
  downloadBlob(await response.blob(), fileName);
}

/** This browser's time zone: the server writes the Markdown's times in it. */
export function browserTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

export function downloadHarvestCsv(
  context: ExportContext,
  table: number,
  tableId: string,
  separator: CsvSeparator,
) {
  const url = harvestUrl(context.boardId, context.token, {
    format: HarvestFormat.Csv,
    table,
    language: context.language,
    separator,
  });
  return downloadUrl(url, exportFileName(`${context.title}-${tableId}`, 'csv'));
}

export function downloadHarvestMarkdown(context: ExportContext) {
  const url = harvestUrl(context.boardId, context.token, {
    format: HarvestFormat.Markdown,
    language: context.language,
    timeZone: browserTimeZone(),
  });
  return downloadUrl(url, exportFileName(context.title, 'md'));
}
