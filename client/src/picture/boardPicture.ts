/** The board as a picture: its SVG rasterised, for downloads and the momentopnamen's thumbnails. */
import type { Language, Layout } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import { boardSvg } from './boardSvg';
import { rasterize, type Raster } from './rasterize';

export interface PictureContext {
  editor: Editor;
  layout: Layout;
  language: Language;
}

export async function boardRaster(context: PictureContext, scale: number): Promise<Raster> {
  const { svg, width, height } = await boardSvg(context.editor, context.layout, context.language);
  return rasterize(svg, width, height, scale);
}

/** A small PNG of the board (at most `maxWidth` pixels wide) as a data URL, for thumbnails. */
export async function boardThumbnail(context: PictureContext, maxWidth = 320): Promise<string> {
  const { svg, width, height } = await boardSvg(context.editor, context.layout, context.language);
  const raster = await rasterize(svg, width, height, Math.min(1, maxWidth / width));
  return raster.canvas.toDataURL('image/png');
}
