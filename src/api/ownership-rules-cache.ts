import { OwnershipBlockIndex, loadOwnershipRules, ownershipBlocksOf, servingStateKey, type OwnershipRules } from '../graph/index.js';
import type { Store } from '../store/index.js';

/**
 * The ownership graph and both rules over the entities in service, and the entities they block,
 * rebuilt when a source's version in service changes (a list update, an ownership import). The
 * blocks come from the store when the last update recorded them for these very versions, so
 * screening needs no graph; the graph is built (once per state) only when asked for.
 */
/**
 * How long the versions in service are taken as known (reading them costs about 0.4 ms, as much as
 * a match). Updates in this server call `forget()`; one made by another process (`vigil update`)
 * is seen within this time, as the API key cache sees a key revoked elsewhere.
 */
const STATE_CHECK_MS = 2_000;

export class OwnershipRulesCache {
  #key: string | null = null;
  #rules: Promise<OwnershipRules> | null = null;
  #blocks: Promise<OwnershipBlockIndex> | null = null;

  /** When the versions in service were last read: not on every /match, which is the hot path. */
  #checkedAt = -Infinity;

  /** Reads the versions in service again at the next use (a reload in this process calls it). */
  forget(): void {
    this.#checkedAt = -Infinity;
  }

  async #sync(store: Store): Promise<string> {
    if (this.#key !== null && performance.now() - this.#checkedAt < STATE_CHECK_MS) return this.#key;
    const key = await servingStateKey(store);
    this.#checkedAt = performance.now();
    if (key !== this.#key) {
      this.#key = key;
      this.#rules = null;
      this.#blocks = null;
    }
    return key;
  }

  async get(store: Store): Promise<OwnershipRules> {
    await this.#sync(store);
    if (this.#rules === null) {
      const rules = loadOwnershipRules(store.entities());
      this.#rules = rules;
      rules.catch(() => {
        if (this.#rules === rules) this.#rules = null;
      });
    }
    return this.#rules;
  }

  /** The entities blocked by either rule, by id (for screening results). */
  async blocks(store: Store): Promise<OwnershipBlockIndex> {
    const key = await this.#sync(store);
    if (this.#blocks === null) {
      const blocks = (async () => {
        const recorded = await store.ownershipBlocks();
        if (recorded?.stateKey === key) return new OwnershipBlockIndex(recorded.blocks);
        return new OwnershipBlockIndex(ownershipBlocksOf(await this.get(store)));
      })();
      this.#blocks = blocks;
      blocks.catch(() => {
        if (this.#blocks === blocks) this.#blocks = null;
      });
    }
    return this.#blocks;
  }
}

const caches = new WeakMap<Store, OwnershipRulesCache>();

/** The one cache of a store, shared by the routes that need the rules (network, match). */
export function ownershipRulesCache(store: Store): OwnershipRulesCache {
  let cache = caches.get(store);
  if (!cache) {
    cache = new OwnershipRulesCache();
    caches.set(store, cache);
  }
  return cache;
}
