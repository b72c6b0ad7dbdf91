/**
 * Reads a QR code from a PNG (a real Chromium screenshot): fast-png decodes the pixels, jsQR
 * finds and decodes the code in them. `null` when there is none it can read.
 */
import { decode } from 'fast-png';
import jsQRModule from 'jsqr';

// jsqr is CommonJS with a default export that TypeScript's NodeNext sees one level deep.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

export function qrFromPng(png: Uint8Array): string | null {
  const image = decode(png);
  if (image.depth !== 8) throw new Error(`a screenshot of ${image.depth} bits per channel`);
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let pixel = 0; pixel < image.width * image.height; pixel++) {
    for (let channel = 0; channel < 4; channel++) {
      rgba[pixel * 4 + channel] =
        channel < image.channels ? (image.data[pixel * image.channels + channel] ?? 0) : 255;
    }
  }
  return jsQR(rgba, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}
