import { z } from 'zod';
import { entityResponseSchema, intParam, repeatedParam, totalSchema } from './common.js';

export const SEARCH_FACETS = ['countries', 'topics', 'datasets', 'schema'] as const;

export const searchParamsSchema = z.object({
  q: z.string().max(2000).describe('The name to search for.'),
  schema: z.string().optional().describe('Types of entities that can match (default Thing: any party).'),
  countries: repeatedParam.describe('Only parties linked to these countries (ISO codes).'),
  topics: repeatedParam.describe('Only parties with these topics (e.g. sanction).'),
  datasets: repeatedParam.describe('Only parties from these datasets.'),
  include_dataset: repeatedParam.describe('Only parties from these datasets.'),
  exclude_dataset: repeatedParam.describe('No parties from these datasets.'),
  exclude_schema: repeatedParam.describe('No parties of these schemata.'),
  limit: intParam(1, 100).optional().describe('Results per page (default 10).'),
  offset: intParam(0, 99).optional().describe('Results to skip.'),
  facets: repeatedParam.describe(`Facet counts to include: ${SEARCH_FACETS.join(', ')} (default countries, topics, datasets).`),
});

export const searchFacetSchema = z
  .object({ label: z.string(), values: z.array(z.object({ name: z.string(), label: z.string(), count: z.number().int() })) })
  .meta({ id: 'SearchFacet' });

export const searchResponseSchema = z
  .object({
    results: z.array(entityResponseSchema.extend({ score: z.number().describe('Vigil: the name score.') })),
    total: totalSchema,
    limit: z.number().int(),
    offset: z.number().int(),
    facets: z.record(z.string(), searchFacetSchema),
  })
  .meta({ id: 'SearchResponse' });
export type SearchResponse = z.infer<typeof searchResponseSchema>;
