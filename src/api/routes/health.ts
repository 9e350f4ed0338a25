import type { Hono } from 'hono';
import type { AppEnv, ServerContext } from '../context.js';
import { NotReadyError } from '../errors.js';

/** `GET /healthz` (the process answers) and `GET /readyz` (503 until the screening index is built). Never behind auth. */
export function registerHealthRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) => {
    if (!ctx.matcher.ready) throw new NotReadyError();
    return c.json({ status: 'ok' });
  });
}
