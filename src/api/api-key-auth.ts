import type { MiddlewareHandler } from 'hono';
import type { ApiKey, Store } from '../store/index.js';
import { hashApiKey } from './api-key-secret.js';
import type { AppEnv, Role } from './context.js';
import { ForbiddenError, UnauthorizedError } from './errors.js';

export interface ApiKeyAuthOptions {
  /**
   * While no unrevoked key exists, let requests through without one. `vigil serve` sets this only
   * when it listens on a loopback address; elsewhere a server with no keys answers 401.
   */
  openWhenNoKeys: boolean;
  /** How long a key lookup is reused; a revoked key stops working within this time. */
  cacheTtlMs?: number;
}

export const DEFAULT_KEY_CACHE_TTL_MS = 1000;
/** The cache is dropped when it grows past this many entries (a client trying random keys). */
const MAX_CACHED_KEYS = 10_000;

const SCHEMES = new Set(['apikey', 'bearer']);
const HOW_TO_SEND = 'send `Authorization: ApiKey <key>` (or `Bearer <key>`)';

/** The key in `Authorization: ApiKey <key>` (yente clients) or `Authorization: Bearer <key>`. */
function presentedKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(header);
  if (!match || !SCHEMES.has(match[1]!.toLowerCase())) throw new UnauthorizedError(`malformed Authorization header: ${HOW_TO_SEND}`);
  return match[2]!;
}

/**
 * The `withAuth` hook of `createApp`: a middleware per role that checks the request's API key
 * against the store. Lookups are cached for `cacheTtlMs` (a hash per key, never the key), so a
 * key revoked by `vigil keys revoke` in another process stops working within that time.
 */
export function createApiKeyAuth(store: Store, options: ApiKeyAuthOptions): (role: Role) => MiddlewareHandler<AppEnv> {
  const ttlMs = options.cacheTtlMs ?? DEFAULT_KEY_CACHE_TTL_MS;
  const byHash = new Map<string, { key: ApiKey | undefined; until: number }>();
  let anyKey: { value: boolean; until: number } | undefined;

  async function findKey(hash: string): Promise<ApiKey | undefined> {
    const now = Date.now();
    const cached = byHash.get(hash);
    if (cached && cached.until > now) return cached.key;
    const key = await store.findApiKeyByHash(hash);
    if (byHash.size >= MAX_CACHED_KEYS) byHash.clear();
    byHash.set(hash, { key, until: now + ttlMs });
    return key;
  }

  async function anyActiveKey(): Promise<boolean> {
    const now = Date.now();
    if (anyKey && anyKey.until > now) return anyKey.value;
    const value = (await store.listApiKeys()).some((k) => k.revokedAt === null);
    anyKey = { value, until: now + ttlMs };
    return value;
  }

  return (role) => async (c, next) => {
    const presented = presentedKey(c.req.header('authorization'));
    if (presented === undefined) {
      if (options.openWhenNoKeys && !(await anyActiveKey())) return next();
      throw new UnauthorizedError(`missing API key: ${HOW_TO_SEND}`);
    }
    const key = await findKey(hashApiKey(presented));
    if (!key) throw new UnauthorizedError('invalid API key');
    if (key.revokedAt !== null) throw new UnauthorizedError(`API key ${key.id} was revoked`);
    if (role === 'admin' && key.role !== 'admin') throw new ForbiddenError(`API key ${key.id} has the ${key.role} role; ${c.req.method} ${c.req.path} needs admin`);
    c.set('apiKeyId', key.id);
    return next();
  };
}
