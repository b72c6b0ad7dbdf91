/**
 * tldraw's fonts, icons, translations and embed icons, bundled by Vite into our own `assets/`
 * folder. Without this, tldraw loads them from its CDN, and the page would contact another host.
 */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';

export const ASSET_URLS = getAssetUrlsByImport();
