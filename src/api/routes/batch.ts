import type { Hono, MiddlewareHandler } from 'hono';
import { OwnershipBlockIndex, explainOwnershipBlocks } from '../../graph/index.js';
import { schemaOfType } from '../../model/schema-of-type.js';
import { BatchJobs } from '../batch-jobs.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { BadRequestError } from '../errors.js';
import { ownershipRulesCache } from '../ownership-rules-cache.js';
import { batchParamsSchema } from '../schemas/batch.js';
import { validQuery } from '../validate.js';

const DEFAULT_LIMIT = 5;

/**
 * `POST /batch` (a CSV upload screened in the background), `GET /batch/{id}` (its progress) and
 * `GET /batch/{id}/results.csv`. The app's body size limit bounds an upload.
 */
export function registerBatchRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  const jobs = new BatchJobs(ctx.logger);

  app.post('/batch', guard('screener'), validQuery(batchParamsSchema), async (c) => {
    const params = c.req.valid('query');
    const schema = params.type === undefined ? undefined : schemaOfType(params.type);
    if (params.type !== undefined && schema === undefined) {
      throw new BadRequestError(`query.type: ${JSON.stringify(params.type.slice(0, 50))} is not person, company, organization, vessel, aircraft or any`);
    }
    const matcher = ctx.matcher.require();
    // Results name companies blocked by ownership, as /match and `vigil screen --file` do.
    const blocks = await ownershipRulesCache(ctx.store).blocks(ctx.store);
    const explained = new OwnershipBlockIndex(await explainOwnershipBlocks(ctx.store, blocks.blocks));
    const job = await jobs.start(await c.req.text(), matcher, {
      blocksOf: (id) => explained.of(id),
      threshold: params.threshold ?? matcher.defaultThreshold,
      schema,
      limit: params.limit ?? DEFAULT_LIMIT,
    });
    return c.json(job, 202);
  });

  app.get('/batch/:id', guard('screener'), (c) => c.json(jobs.get(c.req.param('id'))));

  app.get('/batch/:id/results.csv', guard('screener'), async (c) => {
    const id = c.req.param('id');
    const csv = await jobs.results(id);
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="vigil-batch-${id.slice(0, 8)}.csv"`);
    return c.body(new Uint8Array(csv));
  });
}
