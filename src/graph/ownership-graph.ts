import { RELATION_ENDS, isRelationSchema, parsePercentage, type Entity } from '../model/index.js';
import { EDGE_KINDS, edgeKindCode, type EdgeKind } from './edge-kind.js';

/** One edge as the graph hands it out (the graph itself keeps edges in parallel arrays). */
export interface GraphEdge {
  kind: EdgeKind;
  from: string;
  to: string;
  /** Ownership only, in percent; absent when the record states none. */
  percentage?: number;
  startDate?: string;
  endDate?: string;
  /** The datasets (sources) of the relation record. */
  datasets: readonly string[];
  /** The FtM relation entity the edge comes from. */
  relationId: string;
}

export interface BuildGraphOptions {
  /**
   * Whether a target entity is a listed (blocked) party. Default: its topics include
   * `sanction`, or it belongs to one of `listedDatasets`.
   */
  listedDatasets?: ReadonlySet<string>;
}

/**
 * Every relation between entities as an edge, and which entities are listed parties. Nodes are
 * integers (index into `ids`); edges live in parallel arrays of numbers and interned strings,
 * with CSR adjacency (`outStart`/`outEdges`, `inStart`/`inEdges`) so that a million companies
 * and a few million edges stay compact.
 */
export class OwnershipGraph {
  readonly ids: string[] = [];
  readonly #index = new Map<string, number>();
  /** 1 for a listed party, by node. */
  listed = new Uint8Array(0);
  /** 1 for a node the entity stream contained (0: only named by a relation, a dangling end). */
  present = new Uint8Array(0);

  readonly edgeFrom: number[] = [];
  readonly edgeTo: number[] = [];
  readonly edgeKind: number[] = [];
  /** Percent, NaN when unknown. */
  readonly edgePercentage: number[] = [];
  /** '' when unknown. */
  readonly edgeStart: string[] = [];
  readonly edgeEnd: string[] = [];
  readonly edgeRelation: string[] = [];
  /** Index into `datasetSets`. */
  readonly edgeDatasets: number[] = [];
  readonly datasetSets: (readonly string[])[] = [];
  readonly #datasetSetIndex = new Map<string, number>();

  outStart = new Int32Array(1);
  outEdges = new Int32Array(0);
  inStart = new Int32Array(1);
  inEdges = new Int32Array(0);

  get nodeCount(): number {
    return this.ids.length;
  }

  get edgeCount(): number {
    return this.edgeFrom.length;
  }

  /** The node of an id, or undefined when no entity or relation names it. */
  node(id: string): number | undefined {
    return this.#index.get(id);
  }

  /** The node of an id, added when new (while building). */
  addNode(id: string): number {
    let node = this.#index.get(id);
    if (node === undefined) {
      node = this.ids.length;
      this.ids.push(id);
      this.#index.set(id, node);
    }
    return node;
  }

  addEdge(edge: { kind: number; from: string; to: string; percentage?: number; startDate?: string; endDate?: string; datasets: readonly string[]; relationId: string }): void {
    this.edgeFrom.push(this.addNode(edge.from));
    this.edgeTo.push(this.addNode(edge.to));
    this.edgeKind.push(edge.kind);
    this.edgePercentage.push(edge.percentage ?? Number.NaN);
    this.edgeStart.push(edge.startDate ?? '');
    this.edgeEnd.push(edge.endDate ?? '');
    this.edgeRelation.push(edge.relationId);
    const key = edge.datasets.join('\u0000');
    let set = this.#datasetSetIndex.get(key);
    if (set === undefined) {
      set = this.datasetSets.length;
      this.datasetSets.push([...edge.datasets]);
      this.#datasetSetIndex.set(key, set);
    }
    this.edgeDatasets.push(set);
  }

  /** Fixes node flags and builds the adjacency; call once after the last addEdge. */
  finish(listedIds: Iterable<string>, presentIds: Iterable<string>): this {
    const n = this.nodeCount;
    this.listed = new Uint8Array(n);
    this.present = new Uint8Array(n);
    for (const id of listedIds) this.listed[this.addNode(id)] = 1;
    for (const id of presentIds) {
      const node = this.#index.get(id);
      if (node !== undefined) this.present[node] = 1;
    }
    [this.outStart, this.outEdges] = adjacency(this.edgeFrom, this.nodeCount);
    [this.inStart, this.inEdges] = adjacency(this.edgeTo, this.nodeCount);
    return this;
  }

  /** Edge numbers leaving / entering a node. */
  outgoing(node: number): Int32Array {
    return this.outEdges.subarray(this.outStart[node] ?? 0, this.outStart[node + 1] ?? 0);
  }

  incoming(node: number): Int32Array {
    return this.inEdges.subarray(this.inStart[node] ?? 0, this.inStart[node + 1] ?? 0);
  }

  /** One edge as an object, for output. */
  edge(e: number): GraphEdge {
    const percentage = this.edgePercentage[e] ?? Number.NaN;
    const start = this.edgeStart[e] ?? '';
    const end = this.edgeEnd[e] ?? '';
    return {
      kind: EDGE_KINDS[this.edgeKind[e] ?? 0] ?? 'unknownlink',
      from: this.ids[this.edgeFrom[e] ?? 0] ?? '',
      to: this.ids[this.edgeTo[e] ?? 0] ?? '',
      ...(Number.isNaN(percentage) ? {} : { percentage }),
      ...(start ? { startDate: start } : {}),
      ...(end ? { endDate: end } : {}),
      datasets: this.datasetSets[this.edgeDatasets[e] ?? 0] ?? [],
      relationId: this.edgeRelation[e] ?? '',
    };
  }

  isListed(id: string): boolean {
    const node = this.#index.get(id);
    return node !== undefined && this.listed[node] === 1;
  }
}

/** CSR adjacency: for each node the range of `edges` holding the edge numbers that start (or end) there. */
function adjacency(ends: readonly number[], nodeCount: number): [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  const start = new Int32Array(nodeCount + 1);
  for (const node of ends) start[node + 1] = (start[node + 1] ?? 0) + 1;
  for (let i = 0; i < nodeCount; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, nodeCount);
  const edges = new Int32Array(ends.length);
  ends.forEach((node, e) => {
    const at = fill[node] ?? 0;
    edges[at] = e;
    fill[node] = at + 1;
  });
  return [start, edges];
}

/**
 * Reads every entity once: each FtM relation (ends from RELATION_ENDS) becomes one edge per
 * (from, to) pair it names, and each listed party (a target with topic `sanction`, or in one of
 * `listedDatasets`) is marked. Relations whose ends are not loaded are kept as dangling edges.
 */
export async function buildOwnershipGraph(entities: AsyncIterable<Entity>, options: BuildGraphOptions = {}): Promise<OwnershipGraph> {
  const graph = new OwnershipGraph();
  const listed: string[] = [];
  const present: string[] = [];
  for await (const entity of entities) {
    if (isRelationSchema(entity.schema)) {
      const [fromProp, toProp] = RELATION_ENDS[entity.schema];
      const p = entity.properties;
      const percentageText = p['percentage']?.[0];
      const percentage = percentageText === undefined ? undefined : parsePercentage(percentageText);
      const startDate = p['startDate']?.[0];
      const endDate = p['endDate']?.[0];
      for (const from of p[fromProp] ?? []) {
        for (const to of p[toProp] ?? []) {
          graph.addEdge({
            kind: edgeKindCode(entity.schema),
            from,
            to,
            ...(percentage !== undefined ? { percentage } : {}),
            ...(startDate ? { startDate } : {}),
            ...(endDate ? { endDate } : {}),
            datasets: entity.datasets,
            relationId: entity.id,
          });
        }
      }
      continue;
    }
    present.push(entity.id);
    if (entity.schema === 'Sanction' || !entity.target) continue;
    const sanctioned = entity.properties['topics']?.includes('sanction') ?? false;
    if (sanctioned || entity.datasets.some((d) => options.listedDatasets?.has(d))) listed.push(entity.id);
  }
  return graph.finish(listed, present);
}
