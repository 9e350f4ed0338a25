export { createApp, type AppOptions } from './app.js';
export { DEFAULT_LIMITS, MatcherHolder, type ApiLimits, type AppEnv, type Role, type ServerContext } from './context.js';
export * from './errors.js';
export { isReloading, rebuildMatcher, reloadLists, type ReloadSummary } from './reload-lists.js';
export { buildOpenApiDocument } from './openapi.js';
export { createApiKeyAuth, DEFAULT_KEY_CACHE_TTL_MS, type ApiKeyAuthOptions } from './api-key-auth.js';
export { hashApiKey, issueApiKey } from './api-key-secret.js';
export { toApiKeyResponse } from './schemas/keys.js';
