import { OWNERSHIP_KIND_CODE } from './edge-kind.js';
import type { OwnershipGraph } from './ownership-graph.js';

/**
 * How ownership by blocked parties blocks a company.
 * - OFAC (2014 guidance on the 50 Percent Rule): the shares of all blocked owners are added up;
 *   50% or more blocks. A company blocked by the rule counts as a blocked owner in full for what
 *   it owns (shares are not multiplied along a chain).
 * - EU (Council guidance on "owned or controlled"): more than 50% blocks. By default only one
 *   blocked owner's share counts (no aggregation of separate listed parties), and a company so
 *   owned passes the block on to what it owns in turn, in the same way.
 */
export interface OwnershipRule {
  name: 'ofac-50-percent' | 'eu-majority-ownership';
  thresholdPercent: number;
  /** true: `>= threshold` blocks (OFAC); false: `> threshold` (EU). */
  inclusive: boolean;
  /** `sum`: the blocked owners' shares are added; `single-owner`: the largest one blocked owner holds. */
  aggregation: 'sum' | 'single-owner';
}

export const OFAC_FIFTY_PERCENT_RULE: OwnershipRule = { name: 'ofac-50-percent', thresholdPercent: 50, inclusive: true, aggregation: 'sum' };
export const EU_OWNERSHIP_RULE: OwnershipRule = { name: 'eu-majority-ownership', thresholdPercent: 50, inclusive: false, aggregation: 'single-owner' };

export type BlockStatus = 'listed' | 'blocked-by-rule' | 'not-blocked';

/** One blocked owner's part of an entity's total. */
export interface BlockedOwnerShare {
  owner: string;
  percentage: number;
  ownerStatus: 'listed' | 'blocked-by-rule';
}

/** Why an entity is (or is not) blocked under a rule. */
export interface BlockVerdict {
  rule: OwnershipRule['name'];
  aggregation: OwnershipRule['aggregation'];
  status: BlockStatus;
  /** The blocked owners' total share, by the rule's aggregation. */
  totalPercent: number;
  owners: BlockedOwnerShare[];
  /** Ownership chains from a listed party down to this entity (ids, listed party first), at most `maxPaths`. */
  paths: string[][];
}

export interface RuleOptions {
  /** Ownerships that ended before this date (ISO) no longer count, nor those not started yet. Default: today. */
  asOf?: string;
}

/** Whether an ownership edge is in force on `asOf` (FtM date prefixes compare as text at their own length). */
function isCurrent(graph: OwnershipGraph, e: number, asOf: string): boolean {
  const end = graph.edgeEnd[e] ?? '';
  if (end && end < asOf.slice(0, end.length)) return false;
  const start = graph.edgeStart[e] ?? '';
  return !(start && start > asOf.slice(0, start.length));
}

/**
 * The result of a rule over the whole graph: for each node its status and the order in which it
 * was blocked. Computed once by `applyOwnershipRule`; `verdict` explains one entity on demand.
 */
export class OwnershipRuleResult {
  constructor(
    readonly graph: OwnershipGraph,
    readonly rule: OwnershipRule,
    readonly asOf: string,
    /** 0 not blocked, 1 listed, 2 blocked by the rule. */
    readonly state: Uint8Array,
    /** The step at which each node was blocked (-1: never). Owners blocked earlier caused the block. */
    readonly order: Int32Array,
  ) {}

  get blockedByRuleCount(): number {
    let n = 0;
    for (const s of this.state) if (s === 2) n++;
    return n;
  }

  /** Ids blocked by the rule (not listed themselves). */
  blockedByRule(): string[] {
    const ids: string[] = [];
    this.state.forEach((s, node) => {
      if (s === 2) ids.push(this.graph.ids[node] ?? '');
    });
    return ids;
  }

  status(id: string): BlockStatus {
    const node = this.graph.node(id);
    return statusOf(node === undefined ? 0 : this.state[node] ?? 0);
  }

  /** Blocked owners of a node with their share (the largest current edge per owner). */
  #blockedOwners(node: number): Map<number, number> {
    const owners = new Map<number, number>();
    for (const e of this.graph.incoming(node)) {
      if (this.graph.edgeKind[e] !== OWNERSHIP_KIND_CODE || !isCurrent(this.graph, e, this.asOf)) continue;
      const pct = this.graph.edgePercentage[e] ?? Number.NaN;
      const owner = this.graph.edgeFrom[e] ?? 0;
      if (Number.isNaN(pct) || owner === node || (this.state[owner] ?? 0) === 0) continue;
      owners.set(owner, Math.max(owners.get(owner) ?? 0, pct));
    }
    return owners;
  }

  verdict(id: string, maxPaths = 10): BlockVerdict {
    const node = this.graph.node(id);
    const base = { rule: this.rule.name, aggregation: this.rule.aggregation };
    if (node === undefined) return { ...base, status: 'not-blocked', totalPercent: 0, owners: [], paths: [] };
    const owners = this.#blockedOwners(node);
    const shares = [...owners].map(([owner, percentage]): BlockedOwnerShare => ({
      owner: this.graph.ids[owner] ?? '',
      percentage,
      ownerStatus: this.state[owner] === 1 ? 'listed' : 'blocked-by-rule',
    }));
    shares.sort((a, b) => b.percentage - a.percentage || a.owner.localeCompare(b.owner));
    const totalPercent = roundPercent(
      this.rule.aggregation === 'sum' ? shares.reduce((t, s) => t + s.percentage, 0) : Math.max(0, ...shares.map((s) => s.percentage)),
    );
    const status = statusOf(this.state[node] ?? 0);
    const paths: string[][] = [];
    if (status === 'blocked-by-rule') this.#collectPaths(node, [], paths, maxPaths);
    return { ...base, status, totalPercent, owners: shares, paths };
  }

  /** Walks back through the owners blocked before `node` (so it ends, cycles or not) to listed parties. */
  #collectPaths(node: number, below: string[], paths: string[][], maxPaths: number): void {
    const chain = [this.graph.ids[node] ?? '', ...below];
    if (this.state[node] === 1) {
      paths.push(chain);
      return;
    }
    const order = this.order[node] ?? -1;
    const owners = [...this.#blockedOwners(node).keys()].filter((o) => (this.order[o] ?? -1) < order);
    owners.sort((a, b) => (this.order[a] ?? 0) - (this.order[b] ?? 0));
    for (const owner of owners) {
      if (paths.length >= maxPaths) return;
      this.#collectPaths(owner, chain, paths, maxPaths);
    }
  }
}

function statusOf(state: number): BlockStatus {
  return state === 1 ? 'listed' : state === 2 ? 'blocked-by-rule' : 'not-blocked';
}

/** Rounds away float noise (33.3 + 16.7) so that a total of exactly 50 meets the threshold. */
function roundPercent(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Applies an ownership rule to the whole graph, to a fixed point: a worklist of blocked nodes,
 * each taken once; taking a node adds its current shares to what it owns, and an asset whose
 * blocked share reaches the threshold joins the worklist. Each node is blocked at most once, so
 * cycles end. Linear in nodes and ownership edges.
 */
export function applyOwnershipRule(graph: OwnershipGraph, rule: OwnershipRule, options: RuleOptions = {}): OwnershipRuleResult {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const n = graph.nodeCount;
  const state = new Uint8Array(n);
  const order = new Int32Array(n).fill(-1);
  const share = new Float64Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  let step = 0;
  for (let node = 0; node < n; node++) {
    if (graph.listed[node] !== 1) continue;
    state[node] = 1;
    order[node] = step++;
    queue[tail++] = node;
  }
  const meets = (pct: number): boolean => {
    const rounded = roundPercent(pct);
    return rule.inclusive ? rounded >= rule.thresholdPercent : rounded > rule.thresholdPercent;
  };
  const holdings = new Map<number, number>();
  while (head < tail) {
    const owner = queue[head++] ?? 0;
    holdings.clear();
    for (const e of graph.outgoing(owner)) {
      if (graph.edgeKind[e] !== OWNERSHIP_KIND_CODE || !isCurrent(graph, e, asOf)) continue;
      const pct = graph.edgePercentage[e] ?? Number.NaN;
      const asset = graph.edgeTo[e] ?? 0;
      if (Number.isNaN(pct) || asset === owner) continue;
      holdings.set(asset, Math.max(holdings.get(asset) ?? 0, pct));
    }
    for (const [asset, pct] of holdings) {
      if (state[asset] !== 0) continue;
      const total = rule.aggregation === 'sum' ? (share[asset] ?? 0) + pct : Math.max(share[asset] ?? 0, pct);
      share[asset] = total;
      if (!meets(total)) continue;
      state[asset] = 2;
      order[asset] = step++;
      queue[tail++] = asset;
    }
  }
  return new OwnershipRuleResult(graph, rule, asOf, state, order);
}
