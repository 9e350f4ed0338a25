import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '../context.js';

const NOT_BUILT = 'The web app is not built: run `npm run build:web` (or `npm run build`), then reload this page.\nThe API answers as usual; see /docs.\n';

/** The folder holding package.json above this module (the same from src/ under vitest and from dist/src/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dir;
}

/** Where `vite build` puts the web app. */
export const WEB_DIST_DIR = join(projectRoot(), 'dist', 'web');

/**
 * The analysts' web app: `/` sends the browser to `/app/`, files under `/app/` come from
 * dist/web, and any other `/app/...` path gets index.html (the app routes in the browser). Open
 * to all: the page asks for the API key and sends it with each API call. Registered with `use`
 * so that these are not API routes (and need no OpenAPI entry).
 */
export function registerWebRoutes(app: Hono<AppEnv>, webDir = WEB_DIST_DIR): void {
  app.use('/', async (c, next) => {
    if (c.req.path !== '/') return next();
    if (!existsSync(join(webDir, 'index.html'))) return c.text(NOT_BUILT, 200);
    return c.redirect('/app/', 302);
  });
  app.use('/app/*', async (c, next) => {
    if (!existsSync(join(webDir, 'index.html'))) return c.text(NOT_BUILT, 404);
    return next();
  });
  app.use('/app/*', serveStatic({ root: webDir, rewriteRequestPath: (path) => path.replace(/^\/app/, '') }));
  // An app path (no file extension) is one of the app's pages; a missing asset stays a 404.
  app.use('/app/*', async (c, next) => (/\.[a-z0-9]+$/i.test(c.req.path) ? next() : serveStatic({ root: webDir, path: 'index.html' })(c, next)));
}
