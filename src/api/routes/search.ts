import type { Hono, MiddlewareHandler } from 'hono';
import { MAX_CANDIDATES } from '../../match/index.js';
import { countryName, type Entity } from '../../model/index.js';
import { checkQuerySchema, cleanValue } from '../clean-query.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { listDatasets, resolveDataset } from '../datasets.js';
import { toEntityResponse } from '../entity-response.js';
import { BadRequestError } from '../errors.js';
import { buildResultFilter, countriesOf } from '../result-filter.js';
import { SEARCH_FACETS, searchParamsSchema, type SearchResponse } from '../schemas/search.js';
import { validQuery } from '../validate.js';

const DEFAULT_FACETS = ['countries', 'topics', 'datasets'];
const TOPIC_LABELS: ReadonlyMap<string, string> = new Map(Object.entries({
  sanction: 'Sanctioned entity',
  'sanction.linked': 'Sanction-linked entity',
  'sanction.counter': 'Counter-sanctioned entity',
  debarment: 'Debarred entity',
  'role.pep': 'Politician',
  'role.rca': 'Close associate',
  crime: 'Crime',
  'crime.terror': 'Terrorism',
  poi: 'Person of interest',
}));

type Facet = SearchResponse['facets'][string];

function countFacet(label: string, entities: readonly Entity[], valuesOf: (e: Entity) => string[], labelOf: (v: string) => string): Facet {
  const counts = new Map<string, number>();
  for (const e of entities) for (const v of new Set(valuesOf(e))) counts.set(v, (counts.get(v) ?? 0) + 1);
  const values = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => ({ name, label: labelOf(name), count }));
  return { label, values };
}

/**
 * `GET /search/{dataset}?q=`: a name search with the matcher (schema `Thing` by default: any
 * party), filtered by countries, topics and datasets, paged, with facet counts over all results.
 */
export function registerSearchRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  app.get('/search/:dataset', guard('screener'), validQuery(searchParamsSchema), async (c) => {
    const params = c.req.valid('query');
    const schema = params.schema ?? 'Thing';
    checkQuerySchema(schema, 'query.schema');
    const facets = params.facets ?? DEFAULT_FACETS;
    const unknownFacet = facets.find((f) => !(SEARCH_FACETS as readonly string[]).includes(f));
    if (unknownFacet !== undefined) throw new BadRequestError(`query.facets: unknown facet ${JSON.stringify(unknownFacet)}; use ${SEARCH_FACETS.join(', ')}`);
    const q = cleanValue(params.q, ctx.limits).value;
    if (q === '') throw new BadRequestError('query.q: give a name to search for');
    const matcher = ctx.matcher.require();
    const scope = await resolveDataset(ctx, c.req.param('dataset'));
    const keep = buildResultFilter({
      scope,
      includeDatasets: [...(params.datasets ?? []), ...(params.include_dataset ?? [])],
      excludeDatasets: params.exclude_dataset,
      excludeSchemata: params.exclude_schema,
      topics: params.topics,
      countries: params.countries,
    });
    const scored = matcher.match({ schema, properties: { name: [q] } }, { limit: MAX_CANDIDATES });
    const all = scored.filter((r) => keep(r.entity));
    const limit = params.limit ?? 10;
    const offset = params.offset ?? 0;
    const entities = all.map((r) => r.entity);
    const titles = new Map((await listDatasets(ctx)).map((d) => [d.name, d.title]));
    const facetBuilders: Record<string, () => Facet> = {
      countries: () => countFacet('Countries', entities, countriesOf, (v) => countryName(v) ?? v),
      topics: () => countFacet('Topics', entities, (e) => e.properties['topics'] ?? [], (v) => TOPIC_LABELS.get(v) ?? v),
      datasets: () => countFacet('Data sources', entities, (e) => e.datasets, (v) => titles.get(v) ?? v),
      schema: () => countFacet('Entity types', entities, (e) => [e.schema], (v) => v),
    };
    const response: SearchResponse = {
      results: all.slice(offset, offset + limit).map((r) => ({ ...toEntityResponse(r.entity), score: r.score })),
      // The index scores at most MAX_CANDIDATES names per query: a full page of them means "at least".
      total: { value: all.length, relation: scored.length >= MAX_CANDIDATES ? 'gte' : 'eq' },
      limit,
      offset,
      facets: Object.fromEntries(facets.map((f) => [f, facetBuilders[f]!()])),
    };
    return c.json(response);
  });
}
