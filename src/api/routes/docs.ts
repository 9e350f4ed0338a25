import type { Hono, MiddlewareHandler } from 'hono';
import type { AppEnv, Role } from '../context.js';
import { renderDocsPage } from '../docs-page.js';
import { buildOpenApiDocument } from '../openapi.js';

/** `GET /openapi.json` and `GET /docs`; built once, on first use. */
export function registerDocsRoutes(app: Hono<AppEnv>, version: string, guard: (role: Role) => MiddlewareHandler): void {
  let document: Record<string, unknown> | undefined;
  let page: string | undefined;
  const openApi = (): Record<string, unknown> => (document ??= buildOpenApiDocument(version));
  app.get('/openapi.json', guard('screener'), (c) => c.json(openApi()));
  app.get('/docs', guard('screener'), (c) => c.html((page ??= renderDocsPage(openApi()))));
}
