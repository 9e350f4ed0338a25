import type { Hono, MiddlewareHandler } from 'hono';
import { issueApiKey } from '../api-key-secret.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { createApiKeyBodySchema, toApiKeyResponse } from '../schemas/keys.js';
import { parseBody, readJson } from '../validate.js';

/**
 * Key management for admins: `GET /keys`, `POST /keys` (the key is in the answer, once) and
 * `DELETE /keys/{id}` (revoke). The same store calls as `vigil keys`; a revoked key is refused by
 * every server within the auth cache's lifetime.
 */
export function registerKeyRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  app.get('/keys', guard('admin'), async (c) => c.json({ keys: (await ctx.store.listApiKeys()).map(toApiKeyResponse) }));

  app.post('/keys', guard('admin'), async (c) => {
    const { role, label } = parseBody(createApiKeyBodySchema, await readJson(c));
    const { key, record } = await issueApiKey(ctx.store, role, label);
    ctx.logger.info({ event: 'key-created', id: record.id, role, by: c.get('apiKeyId') ?? null }, 'API key created');
    return c.json({ ...toApiKeyResponse(record), key }, 201);
  });

  app.delete('/keys/:id', guard('admin'), async (c) => {
    const id = c.req.param('id');
    const revoked = await ctx.store.revokeApiKey(id);
    if (!revoked) throw new NotFoundError(`no API key with id ${JSON.stringify(id.slice(0, 100))}; see GET /keys`);
    ctx.logger.info({ event: 'key-revoked', id, by: c.get('apiKeyId') ?? null }, 'API key revoked');
    return c.json(toApiKeyResponse(revoked));
  });
}
