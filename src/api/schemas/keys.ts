import { z } from 'zod';
import { API_KEY_ROLES, type ApiKey } from '../../store/index.js';

export const apiKeySchema = z
  .object({
    id: z.string(),
    role: z.enum(API_KEY_ROLES as ['screener', 'admin']),
    label: z.string(),
    created_at: z.string(),
    revoked_at: z.string().nullable(),
  })
  .meta({ id: 'ApiKey', description: 'An API key as the server keeps it: never the key itself.' });

export const apiKeyListSchema = z.object({ keys: z.array(apiKeySchema) }).meta({ id: 'ApiKeyList' });

export const createApiKeyBodySchema = z.strictObject({
  role: z.enum(API_KEY_ROLES as ['screener', 'admin']).describe('screener: match, search, entities; admin: also updates, ownership imports and keys.'),
  label: z.string().max(200).default('').describe('Who or what the key is for.'),
});

export const createdApiKeySchema = apiKeySchema
  .extend({ key: z.string().describe('The key in clear: shown this once, never again.') })
  .meta({ id: 'CreatedApiKey' });

/** The API's (and `vigil keys --json`'s) view of a key record. */
export function toApiKeyResponse(k: ApiKey): z.infer<typeof apiKeySchema> {
  return { id: k.id, role: k.role, label: k.label, created_at: k.createdAt, revoked_at: k.revokedAt };
}
