import type { Entity } from '../model/index.js';
import type { ServerContext } from './context.js';
import { NotFoundError } from './errors.js';
import { ownershipRulesCache } from './ownership-rules-cache.js';

/**
 * Datasets, named as yente names them: `default` (every source), `sanctions` (every entity with the
 * topic `sanction`, everything from an official list, and what listed parties own under the 50% rules),
 * and one per source in service, named by the source's `name` in the config (`us_ofac_sdn`, ...). An entity's `datasets` lists its sources.
 * @module
 */

export interface DatasetInfo {
  name: string;
  title: string;
  /** `collection` for default and sanctions, `source` for one list. */
  type: 'collection' | 'source';
  children: string[];
  /** The list's own publication date when it states one, else when the version was loaded. */
  version: string | null;
  updated_at: string | null;
  format: string | null;
  entity_count: number;
  target_count: number;
}

export interface DatasetScope {
  name: string;
  includes(entity: Entity): boolean;
}

/**
 * Formats that carry data other than official lists: OpenSanctions FtM exports may hold PEPs, and
 * ownership imports are the user's own registers (their parties join `sanctions` only when blocked).
 */
const NON_LIST_FORMATS = new Set(['ftm-json', 'ownership-csv', 'ownership-ftm']);

const cache = new WeakMap<ServerContext, { builtAt: string; datasets: DatasetInfo[] }>();

/** The datasets in service; cached until the matcher is rebuilt (sources only change on a reload). */
export async function listDatasets(ctx: ServerContext): Promise<DatasetInfo[]> {
  const builtAt = ctx.matcher.builtAt;
  const cached = cache.get(ctx);
  if (builtAt !== null && cached?.builtAt === builtAt) return cached.datasets;
  const datasets = await readDatasets(ctx);
  if (builtAt !== null) cache.set(ctx, { builtAt, datasets });
  return datasets;
}

async function readDatasets(ctx: ServerContext): Promise<DatasetInfo[]> {
  const titles = new Map(ctx.config.sources.map((s) => [s.name, s.title]));
  const sources: DatasetInfo[] = (await ctx.store.sources())
    .filter((s) => s.current !== null)
    .map(({ source, current }) => ({
      name: source,
      title: titles.get(source) ?? source,
      type: 'source',
      children: [],
      version: current?.publishedAt ?? current?.finishedAt ?? null,
      updated_at: current?.finishedAt ?? null,
      format: current?.format ?? null,
      entity_count: current?.entityCount ?? 0,
      target_count: current?.targetCount ?? 0,
    }));
  const collection = (name: string, title: string, members: DatasetInfo[]): DatasetInfo => ({
    name,
    title,
    type: 'collection',
    children: members.map((m) => m.name),
    version: latest(members.map((m) => m.version)),
    updated_at: latest(members.map((m) => m.updated_at)),
    format: null,
    entity_count: members.reduce((n, m) => n + m.entity_count, 0),
    target_count: members.reduce((n, m) => n + m.target_count, 0),
  });
  return [
    collection('default', 'All loaded lists', sources),
    collection('sanctions', 'Sanctions lists', sources.filter((s) => !NON_LIST_FORMATS.has(s.format ?? ''))),
    ...sources,
  ];
}

function latest(values: (string | null)[]): string | null {
  return values.filter((v): v is string => v !== null).sort().pop() ?? null;
}

/** The scope of a dataset path segment; an unknown name is a 404 listing the known ones. */
export async function resolveDataset(ctx: ServerContext, name: string): Promise<DatasetScope> {
  const datasets = await listDatasets(ctx);
  const found = datasets.find((d) => d.name === name);
  if (!found) throw new NotFoundError(`dataset: no dataset named ${JSON.stringify(name)}; known: ${datasets.map((d) => d.name).join(', ')}`);
  if (name === 'default') return { name, includes: () => true };
  if (name === 'sanctions') {
    const lists = new Set(found.children);
    const blocks = await ownershipRulesCache(ctx.store).blocks(ctx.store);
    const listed = (e: Entity): boolean => e.datasets.some((d) => lists.has(d)) || (e.properties['topics'] ?? []).includes('sanction');
    return { name, includes: (e) => listed(e) || blocks.of(e.id).length > 0 };
  }
  return { name, includes: (e) => e.datasets.includes(name) };
}
