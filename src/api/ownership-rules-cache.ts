import { loadOwnershipRules, type OwnershipRules } from '../graph/index.js';
import type { Store } from '../store/index.js';

/**
 * The ownership graph and both rules over the entities in service, rebuilt when a source's
 * version in service changes (a list update, an ownership import). One build at a time.
 */
export class OwnershipRulesCache {
  #key: string | null = null;
  #rules: Promise<OwnershipRules> | null = null;

  async get(store: Store): Promise<OwnershipRules> {
    const key = (await store.sources()).map((s) => `${s.source}:${s.current?.id ?? '-'}`).join(',');
    if (this.#rules === null || key !== this.#key) {
      this.#key = key;
      this.#rules = loadOwnershipRules(store.entities());
      this.#rules.catch(() => {
        this.#rules = null;
      });
    }
    return this.#rules;
  }
}
