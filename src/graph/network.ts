import { EDGE_KINDS, type EdgeKind } from './edge-kind.js';
import type { BlockVerdict, OwnershipRuleResult } from './fifty-percent-rule.js';
import type { GraphEdge, OwnershipGraph } from './ownership-graph.js';

export interface NetworkOptions {
  /** Hops from the entity (1: its direct links). */
  depth: number;
  /** Edge kinds to follow; all when absent. */
  kinds?: ReadonlySet<EdgeKind>;
  /** Stop adding nodes beyond this many (a hub at depth 2 can reach thousands). */
  maxNodes?: number;
}

/** An entity of the neighbourhood: how far it is, whether it is listed, and the ownership rules' verdicts. */
export interface NetworkNode {
  id: string;
  depth: number;
  caption: string | null;
  schema: string | null;
  /** false: a relation names it but no loaded list holds it. */
  loaded: boolean;
  listed: boolean;
  ofac: BlockVerdict;
  eu: BlockVerdict;
}

export interface Network {
  root: string;
  depth: number;
  kinds: EdgeKind[];
  nodes: NetworkNode[];
  edges: GraphEdge[];
  /** true when maxNodes cut the walk short. */
  truncated: boolean;
}

export interface EntityLabel {
  caption: string;
  schema: string;
}

const DEFAULT_MAX_NODES = 5000;

/** Parses `ownership,unknownlink`; throws a RangeError naming the unknown kinds. */
export function parseEdgeKinds(text: string): Set<EdgeKind> {
  const wanted = text.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
  const unknown = wanted.filter((k) => !(EDGE_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new RangeError(`unknown edge kind(s) ${unknown.join(', ')}; known: ${EDGE_KINDS.join(', ')}`);
  return new Set(wanted as EdgeKind[]);
}

/**
 * The entity's neighbourhood: a breadth-first walk over edges of the chosen kinds in both
 * directions, to `depth` hops, with every edge it crossed. Undefined when no relation names the id.
 */
export function walkNeighbourhood(graph: OwnershipGraph, id: string, options: NetworkOptions): { nodes: Map<number, number>; edges: number[]; truncated: boolean } | undefined {
  const root = graph.node(id);
  if (root === undefined) return undefined;
  const kindCodes = options.kinds ? new Set([...options.kinds].map((k) => EDGE_KINDS.indexOf(k))) : undefined;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const depthOf = new Map<number, number>([[root, 0]]);
  const edges = new Set<number>();
  let frontier = [root];
  let truncated = false;
  for (let depth = 1; depth <= options.depth && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const [list, far] of [[graph.outgoing(node), graph.edgeTo], [graph.incoming(node), graph.edgeFrom]] as const) {
        for (const e of list) {
          if (kindCodes && !kindCodes.has(graph.edgeKind[e] ?? -1)) continue;
          const other = far[e] ?? 0;
          if (!depthOf.has(other)) {
            if (depthOf.size >= maxNodes) {
              truncated = true;
              continue;
            }
            depthOf.set(other, depth);
            next.push(other);
          }
          edges.add(e);
        }
      }
    }
    frontier = next;
  }
  return { nodes: depthOf, edges: [...edges].sort((a, b) => a - b), truncated };
}

/** The neighbourhood with labels from the store and each entity's listed / blocked-by-rule status. */
export async function describeNetwork(
  rules: { ofac: OwnershipRuleResult; eu: OwnershipRuleResult },
  id: string,
  options: NetworkOptions,
  label: (id: string) => Promise<EntityLabel | undefined>,
): Promise<Network | undefined> {
  const graph = rules.ofac.graph;
  const walk = walkNeighbourhood(graph, id, options);
  if (!walk) return undefined;
  const nodes: NetworkNode[] = [];
  for (const [node, depth] of walk.nodes) {
    const nodeId = graph.ids[node] ?? '';
    const found = await label(nodeId);
    nodes.push({
      id: nodeId,
      depth,
      caption: found?.caption ?? null,
      schema: found?.schema ?? null,
      loaded: found !== undefined,
      listed: graph.listed[node] === 1,
      ofac: rules.ofac.verdict(nodeId),
      eu: rules.eu.verdict(nodeId),
    });
  }
  nodes.sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id));
  return {
    root: id,
    depth: options.depth,
    kinds: options.kinds ? [...options.kinds] : [...EDGE_KINDS],
    nodes,
    edges: walk.edges.map((e) => graph.edge(e)),
    truncated: walk.truncated,
  };
}
