import type { Hono, MiddlewareHandler } from 'hono';
import { entityId, type Entity } from '../../model/index.js';
import { adjacentEntities, nestedEntity } from '../adjacent-entities.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { toChangeResponse, toEntityResponse } from '../entity-response.js';
import { NotFoundError } from '../errors.js';
import { adjacentParamsSchema, entityParamsSchema } from '../schemas/entities.js';
import { validQuery } from '../validate.js';

async function requireEntity(ctx: ServerContext, id: string): Promise<Entity> {
  const entity = await ctx.store.entity(entityId(id));
  if (!entity) throw new NotFoundError(`entity: no entity with id ${JSON.stringify(id.slice(0, 200))}`);
  return entity;
}

/** `GET /entities/{id}` (nested by default, as yente), `/entities/{id}/adjacent`, `/entities/{id}/history`. */
export function registerEntityRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  app.get('/entities/:id', guard('screener'), validQuery(entityParamsSchema), async (c) => {
    const id = c.req.param('id');
    // An id merged into another entity (FtM referents) answers with a redirect, as yente does.
    if (!(await ctx.store.entity(entityId(id)))) {
      const canonical = await ctx.store.resolveReferent(entityId(id));
      if (canonical) {
        const query = new URL(c.req.url).search;
        return c.redirect(`/entities/${encodeURIComponent(canonical)}${query}`, 308);
      }
    }
    const entity = await requireEntity(ctx, id);
    const nested = c.req.valid('query').nested ?? true;
    return c.json(nested ? await nestedEntity(ctx.store, entity) : toEntityResponse(entity));
  });

  app.get('/entities/:id/adjacent', guard('screener'), validQuery(adjacentParamsSchema), async (c) => {
    const entity = await requireEntity(ctx, c.req.param('id'));
    const { limit = 10, offset = 0 } = c.req.valid('query');
    const adjacent = Object.fromEntries(
      [...(await adjacentEntities(ctx.store, entity))].map(([prop, list]) => [
        prop,
        { results: list.slice(offset, offset + limit), total: { value: list.length, relation: 'eq' as const }, limit, offset },
      ]),
    );
    return c.json({ entity: toEntityResponse(entity), adjacent });
  });

  app.get('/entities/:id/history', guard('screener'), async (c) => {
    const id = c.req.param('id');
    const changes = await ctx.store.history(entityId(id));
    // An entity removed from every list has no current record but keeps its history.
    if (changes.length === 0) await requireEntity(ctx, id);
    return c.json({ entity_id: id, changes: changes.map(toChangeResponse) });
  });
}
