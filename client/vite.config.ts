import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts';

/** The Werkbord server during development (`pnpm dev` runs both). */
const SERVER = 'http://localhost:8080';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // The service worker (src/offline/sw.ts → /sw.js) with the build's files to precache; we
    // register it ourselves (src/offline/registerServiceWorker.ts) and have no web app manifest.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        rollupFormat: 'iife',
        // The app, its fonts and icons, and tldraw's Dutch strings (English is built in); not
        // tldraw's other languages, which Werkbord never shows.
        globPatterns: ['**/*.{js,css,html,svg,woff2}', 'assets/nl-*.json'],
        // tldraw's chunk is about 2 MB.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      },
    }),
  ],
  // `source` first: `@werkbord/shared` resolves to its TypeScript sources, never a stale build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Its `?url` imports are for Vite's asset pipeline; the dependency pre-bundler cannot load them.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
  server: {
    proxy: {
      '/api': SERVER,
      '/healthz': SERVER,
      '/sync': { target: SERVER, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // tldraw alone is well over the default 500 kB warning; the app is one page anyway.
    chunkSizeWarningLimit: 4000,
  },
});
