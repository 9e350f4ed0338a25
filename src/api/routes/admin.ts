import type { Hono, MiddlewareHandler } from 'hono';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { toChangeResponse } from '../entity-response.js';
import { isReloading, reloadLists } from '../reload-lists.js';
import { ConflictError } from '../errors.js';
import { changesParamsSchema, updateParamsSchema } from '../schemas/admin.js';
import { validQuery } from '../validate.js';

const DEFAULT_CHANGES_LIMIT = 1000;

/** `POST /updatez` (reload the lists, then swap in a new matcher) and `GET /changes?since=`. */
export function registerAdminRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  app.post('/updatez', guard('admin'), validQuery(updateParamsSchema), async (c) => {
    if (c.req.valid('query').sync) {
      const summary = await reloadLists(ctx);
      return c.json({ status: 'ok' as const, ...summary }, 200);
    }
    if (isReloading(ctx)) throw new ConflictError('an update or ownership import is already running; try again when it is done');
    reloadLists(ctx).catch((error: unknown) => ctx.logger.error({ err: error }, 'update failed'));
    return c.json({ status: 'accepted' as const }, 202);
  });

  app.get('/changes', guard('screener'), validQuery(changesParamsSchema), async (c) => {
    const { since, source, all, limit } = c.req.valid('query');
    const changes = await ctx.store.changes({
      since,
      ...(source !== undefined ? { source } : {}),
      includeRecords: all ?? false,
      includeInitial: all ?? false,
      limit: limit ?? DEFAULT_CHANGES_LIMIT,
    });
    return c.json({ since, changes: changes.map(toChangeResponse) });
  });
}
