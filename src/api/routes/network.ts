import type { Hono, MiddlewareHandler } from 'hono';
import { describeNetwork, parseEdgeKinds } from '../../graph/index.js';
import { entityId } from '../../model/index.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { ownershipRulesCache } from '../ownership-rules-cache.js';
import { networkParamsSchema } from '../schemas/network.js';
import { validQuery } from '../validate.js';

/** `GET /entities/{id}/network?depth=N&kinds=...`: the neighbourhood, with who is listed or blocked by ownership. */
export function registerNetworkRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  const cache = ownershipRulesCache(ctx.store);
  app.get('/entities/:id/network', guard('screener'), validQuery(networkParamsSchema), async (c) => {
    const id = c.req.param('id');
    const { depth = 1, kinds } = c.req.valid('query');
    const root = await ctx.store.entity(entityId(id));
    const rules = await cache.get(ctx.store);
    const label = async (nodeId: string) => {
      const e = nodeId === id ? root : await ctx.store.entity(entityId(nodeId));
      return e ? { caption: e.caption, schema: e.schema } : undefined;
    };
    const network = await describeNetwork(rules, id, { depth, ...(kinds ? { kinds: parseEdgeKinds(kinds) } : {}) }, label);
    if (network) return c.json(network);
    if (!root) throw new NotFoundError(`entity: no entity with id ${JSON.stringify(id.slice(0, 200))}`);
    return c.json({ root: id, depth, kinds: [], nodes: [], edges: [], truncated: false });
  });
}
