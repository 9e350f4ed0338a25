import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv, Role, ServerContext } from './context.js';
import { NotFoundError, PayloadTooLargeError, RequestTimeoutError, handleApiError } from './errors.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerCatalogRoutes } from './routes/catalog.js';
import { registerDocsRoutes } from './routes/docs.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerKeyRoutes } from './routes/keys.js';
import { registerMatchRoutes } from './routes/match.js';
import { registerNetworkRoutes } from './routes/network.js';
import { registerOwnershipRoutes } from './routes/ownership.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerScanRoutes } from './routes/scan.js';
import { registerScanPaymentRoutes } from './routes/scan-payment.js';
import { registerBatchRoutes } from './routes/batch.js';
import { registerWebRoutes } from './routes/web.js';

export interface AppOptions {
  /**
   * The auth slot: a middleware per role, put in front of every route but `/healthz` and
   * `/readyz`. `vigil serve` passes `createApiKeyAuth`; without it every route is open.
   */
  withAuth?: (role: Role) => MiddlewareHandler;
  version?: string;
}

/** Routes that may run longer than the per-request time limit (a list reload). */
const UNTIMED_PATHS = new Set(['/updatez', '/ownership']);

/** One JSON log line per request: method, path (never the query string, body or headers), status, ms, and the API key's id. */
function logRequests(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const keyId = c.get('apiKeyId');
    ctx.logger.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10, ...(keyId !== undefined ? { keyId } : {}) },
      'request',
    );
  };
}

/** The per-request time limit: handlers read `deadline` to stop long batches; the race answers 503 in any case. */
function limitTime(timeoutMs: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('deadline', Date.now() + timeoutMs);
    if (UNTIMED_PATHS.has(c.req.path)) return next();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RequestTimeoutError(timeoutMs)), timeoutMs);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Builds the HTTP API over a store and a matcher holder; tests call `app.request()` on it without a socket. */
export function createApp(ctx: ServerContext, options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const open: MiddlewareHandler = async (_c, next) => next();
  const guard = options.withAuth ?? ((): MiddlewareHandler => open);

  app.onError(handleApiError(ctx.logger));
  app.notFound((c) => {
    throw new NotFoundError(`no route for ${c.req.method} ${c.req.path.slice(0, 200)}; see /docs`);
  });
  app.use('*', logRequests(ctx));
  app.use('*', limitTime(ctx.limits.requestTimeoutMs));
  app.use(
    '*',
    bodyLimit({
      maxSize: ctx.limits.maxBodyBytes,
      onError: () => {
        throw new PayloadTooLargeError(ctx.limits.maxBodyBytes);
      },
    }),
  );

  registerHealthRoutes(app, ctx);
  registerMatchRoutes(app, ctx, guard);
  registerSearchRoutes(app, ctx, guard);
  registerScanRoutes(app, ctx, guard);
  registerScanPaymentRoutes(app, ctx, guard);
  registerEntityRoutes(app, ctx, guard);
  registerNetworkRoutes(app, ctx, guard);
  registerOwnershipRoutes(app, ctx, guard);
  registerCatalogRoutes(app, ctx, guard);
  registerAdminRoutes(app, ctx, guard);
  registerKeyRoutes(app, ctx, guard);
  registerDocsRoutes(app, options.version ?? 'dev', guard);
  registerBatchRoutes(app, ctx, guard);
  registerWebRoutes(app);
  return app;
}
