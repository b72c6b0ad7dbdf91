import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts';

/** The Werkbord server during development (`pnpm dev` runs both). */
const SERVER = 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
