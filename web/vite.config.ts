import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The explorer's build: web/ -> dist/web/, served by the GraphQL service itself
 * (src/web/explorer-plugin.ts). Preact's JSX through Vite's own transformer, no plugin.
 * Hashed file names under assets/ (cached a year by the service); no source maps shipped.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The graph library is loaded on demand by the graph view; it is the one big chunk.
    chunkSizeWarningLimit: 600,
    reportCompressedSize: true,
  },
  // The dev server (npm run dev:web) sends API calls and exports to a running `lessons-graph serve`.
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
});
