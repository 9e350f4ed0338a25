import type { Logger } from 'pino';
import type { Matcher } from '../match/index.js';
import type { ApiKeyRole, Store } from '../store/index.js';
import type { SourcesConfig } from '../update/config.js';
import { NotReadyError } from './errors.js';

/**
 * The matcher in service. A reload builds a new matcher while the old one keeps answering, then
 * swaps the reference: a query holds on to the matcher it started with until it is done.
 */
export class MatcherHolder {
  #matcher: Matcher | null = null;
  #builtAt: string | null = null;

  get ready(): boolean {
    return this.#matcher !== null;
  }

  get builtAt(): string | null {
    return this.#builtAt;
  }

  /** The matcher in service, or a 503 while the first one is still being built. */
  require(): Matcher {
    if (!this.#matcher) throw new NotReadyError();
    return this.#matcher;
  }

  swap(matcher: Matcher): void {
    this.#matcher = matcher;
    this.#builtAt = new Date().toISOString();
  }
}

/** Limits that keep one client from stalling the server. */
export interface ApiLimits {
  maxBodyBytes: number;
  maxQueriesPerRequest: number;
  requestTimeoutMs: number;
  /** Longer values are cut to this many characters before matching. */
  maxValueChars: number;
  /** Further values of one property are dropped. */
  maxValuesPerProperty: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxBodyBytes: 2 * 1024 * 1024,
  maxQueriesPerRequest: 1000,
  requestTimeoutMs: 10_000,
  maxValueChars: 500,
  maxValuesPerProperty: 50,
};

/** What the routes need: the store, the matcher in service, the sources config, a logger. */
export interface ServerContext {
  store: Store;
  matcher: MatcherHolder;
  config: SourcesConfig;
  logger: Logger;
  /** Where `POST /updatez` keeps downloads while it reads them. */
  workDir: string;
  limits: ApiLimits;
}

/**
 * Hono's environment for Vigil's app: the request's deadline, set by the time-limit middleware,
 * and the id (never the secret) of the API key that was accepted, for the request log.
 */
export interface AppEnv {
  Variables: { deadline: number; apiKeyId?: string };
}

/** Who may call a route: screeners match, search and read entities; admins also update the lists. */
export type Role = ApiKeyRole;
