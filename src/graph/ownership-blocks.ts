import { entityId } from '../model/index.js';
import type { OwnershipBlock, Store } from '../store/index.js';
import type { OwnershipRuleResult } from './fifty-percent-rule.js';
import { loadOwnershipRules, type OwnershipRules } from './load-ownership-rules.js';

/** How a screening result names each rule. */
export const RULE_TITLES: Record<OwnershipBlock['rule'], string> = {
  'ofac-50-percent': 'OFAC 50% rule',
  'eu-majority-ownership': 'EU majority-ownership rule',
};

/** Results list OFAC's answer first, then the EU's. */
const RULE_ORDER = Object.keys(RULE_TITLES);

/** The versions in service, one per source: the rules are computed once per such state. */
export async function servingStateKey(store: Store): Promise<string> {
  return (await store.sources()).map((s) => `${s.source}:${s.current?.id ?? '-'}`).join(',');
}

function blocksOfRule(result: OwnershipRuleResult): OwnershipBlock[] {
  return result.blockedByRule().map((id) => {
    const v = result.verdict(id);
    return { entityId: entityId(id), rule: v.rule, aggregation: v.aggregation, totalPercent: v.totalPercent, owners: v.owners, paths: v.paths };
  });
}

/** Every entity blocked by the OFAC or the EU rule, with its total, owners and paths. */
export function ownershipBlocksOf(rules: OwnershipRules): OwnershipBlock[] {
  return [...blocksOfRule(rules.ofac), ...blocksOfRule(rules.eu)];
}

/** The blocks of each entity id, for annotating screening results. */
export class OwnershipBlockIndex<T extends OwnershipBlock = OwnershipBlock> {
  readonly #byId = new Map<string, T[]>();

  constructor(readonly blocks: readonly T[]) {
    const rank = (b: T): number => RULE_ORDER.indexOf(b.rule);
    for (const block of blocks) this.#byId.set(block.entityId, [...(this.#byId.get(block.entityId) ?? []), block].sort((a, b) => rank(a) - rank(b)));
  }

  of(id: string): readonly T[] {
    return this.#byId.get(id) ?? [];
  }
}

/** A block with its one-line explanation (see `describeOwnershipBlock`). */
export interface ExplainedOwnershipBlock extends OwnershipBlock {
  explanation: string;
}

/**
 * The blocks over the versions in service: those recorded by the last update or import when they
 * were computed for exactly these versions, else computed now from every entity (one pass).
 */
export async function currentOwnershipBlocks(store: Store): Promise<OwnershipBlockIndex> {
  const [recorded, key] = await Promise.all([store.ownershipBlocks(), servingStateKey(store)]);
  if (recorded?.stateKey === key) return new OwnershipBlockIndex(recorded.blocks);
  return new OwnershipBlockIndex(ownershipBlocksOf(await loadOwnershipRules(store.entities())));
}

/**
 * Recomputes both rules over the entities in service and records the blocks; each entity newly
 * blocked or cleared becomes a `blocked-by-ownership` change of `versionId`. Run after a list
 * update or an ownership import.
 */
export async function refreshOwnershipBlocks(store: Store, versionId: number): Promise<{ rules: OwnershipRules; blocked: number; cleared: number }> {
  const key = await servingStateKey(store);
  const rules = await loadOwnershipRules(store.entities());
  const { blocked, cleared } = await store.recordOwnershipBlocks(versionId, key, ownershipBlocksOf(rules));
  return { rules, blocked, cleared };
}

/** Captions of the entities a block names (owners and every node on its paths), for text. */
export async function blockCaptions(store: Store, blocks: readonly OwnershipBlock[]): Promise<Map<string, string>> {
  const ids = new Set(blocks.flatMap((b) => [...b.owners.map((o) => o.owner), ...b.paths.flat()]));
  const captions = new Map<string, string>();
  for (const id of ids) {
    const entity = await store.entity(entityId(id));
    if (entity) captions.set(id, entity.caption);
  }
  return captions;
}

/** Explains blocks with the captions of the entities they name (read from the store). */
export async function explainOwnershipBlocks(store: Store, blocks: readonly OwnershipBlock[]): Promise<ExplainedOwnershipBlock[]> {
  const captions = await blockCaptions(store, blocks);
  return blocks.map((b) => ({ ...b, explanation: describeOwnershipBlock(b, captions) }));
}

/**
 * One line for a screening result: `blocked by ownership (OFAC 50% rule): 60% held by Test Holding
 * LLC (own-test-holding-llc, 60%, blocked by rule); paths: UTKIN, Dmitriy Valeryevich > Test Holding LLC > Test Subsidiary LLC`.
 */
export function describeOwnershipBlock(block: OwnershipBlock, captions: ReadonlyMap<string, string>): string {
  const name = (id: string): string => captions.get(id) ?? id;
  const owners = block.owners.map((o) => `${name(o.owner)} (${o.owner}, ${o.percentage}%, ${o.ownerStatus === 'listed' ? 'listed' : 'blocked by rule'})`);
  const held = block.aggregation === 'sum' ? 'held in total by' : 'held by';
  const paths = block.paths.map((p) => p.map(name).join(' > '));
  return `blocked by ownership (${RULE_TITLES[block.rule]}): ${block.totalPercent}% ${held} ${owners.join(', ')}; paths: ${paths.join('; ')}`;
}
