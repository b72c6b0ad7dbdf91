/** An SVG document drawn into a canvas, for PNG downloads, PDF pages and thumbnails. */

/** Browsers cap canvas sizes; larger boards are scaled down to this many pixels on a side. */
const MAX_SIDE = 8192;

export interface Raster {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
}

/** `svg` (of `width`×`height`) at `scale`, within the browser's canvas limits. */
export async function rasterize(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Raster> {
  const fit = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height);
  const pixelWidth = Math.max(1, Math.round(width * fit));
  const pixelHeight = Math.max(1, Math.round(height * fit));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, pixelWidth, pixelHeight);
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
    return { canvas, width: pixelWidth, height: pixelHeight };
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasToBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), type),
  );
}
