import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The web app is served by `vigil serve` under /app/ from dist/web (see src/api/routes/web.ts). */
export default defineConfig({
  root: here('.'),
  base: '/app/',
  // React's automatic JSX runtime through esbuild: no plugin needed for a production build.
  esbuild: { jsx: 'automatic' },
  build: { outDir: here('../dist/web'), emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: Object.fromEntries(['/match', '/entities', '/catalog', '/changes', '/updatez', '/batch', '/scan', '/keys', '/readyz'].map((p) => [p, 'http://127.0.0.1:8000'])) },
});
