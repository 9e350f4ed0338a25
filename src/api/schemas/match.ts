import { z } from 'zod';
import { entityResponseSchema, repeatedParam, dateParam, intParam, scoreParam, totalSchema } from './common.js';

/** Algorithm names yente accepts; Vigil runs its own scorer for each. */
export const ALGORITHM_NAMES = ['vigil-v1', 'logic-v2', 'logic-v1', 'name-based', 'name-qualified', 'regression-v1', 'best'] as const;
export const DEFAULT_ALGORITHM = 'logic-v2';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A query in FtM shape; property values may be one value or a list. */
export const entityExampleSchema = z
  .object({
    id: z.string().optional(),
    schema: z.string().min(1),
    properties: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a property name such as name or birthDate'), z.union([scalar, z.array(scalar)], { error: 'a string or a list of strings' })),
  })
  .meta({ id: 'EntityExample', description: 'An entity to match, e.g. {"schema": "Person", "properties": {"name": ["John Doe"], "birthDate": ["1975-04-21"]}}.' });

export const matchBodySchema = z
  .object({
    queries: z.record(z.string(), entityExampleSchema),
    weights: z.record(z.string(), z.number()).optional().describe('Accepted for yente compatibility; Vigil weighs features itself.'),
    config: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional().describe('Accepted for yente compatibility; ignored.'),
  })
  .meta({ id: 'EntityMatchQuery' });
export type MatchBody = z.infer<typeof matchBodySchema>;

export const matchParamsSchema = z.object({
  limit: intParam(1, 500).optional().describe('Results per query (default 5).'),
  threshold: scoreParam.optional().describe('Score at or above which a result is a match (default 0.70).'),
  cutoff: scoreParam.optional().describe('Results scoring below this are left out (default 0).'),
  algorithm: z.string().optional().describe(`One of ${ALGORITHM_NAMES.join(', ')}; all run Vigil's scorer.`),
  include_dataset: repeatedParam.describe('Only results from these datasets.'),
  exclude_dataset: repeatedParam.describe('No results from these datasets.'),
  exclude_schema: repeatedParam.describe('No results of these schemata.'),
  topics: repeatedParam.describe('Only results with one of these topics (e.g. sanction).'),
  changed_since: dateParam.optional().describe('Only results changed since this date.'),
  exclude_entity_ids: repeatedParam.describe('Leave these entity ids out.'),
});
export type MatchParams = z.infer<typeof matchParamsSchema>;

export const featureResultSchema = z.object({ score: z.number(), explanation: z.string() }).meta({ id: 'FeatureResult' });

export const ownershipBlockSchema = z
  .object({
    rule: z.enum(['ofac-50-percent', 'eu-majority-ownership']),
    aggregation: z.enum(['sum', 'single-owner']).describe('sum: blocked owners\' shares added (OFAC); single-owner: the largest one (EU).'),
    total_percent: z.number().describe('The blocked owners\' share of the entity, by the rule\'s aggregation.'),
    owners: z.array(
      z.object({ id: z.string(), caption: z.string().optional(), percentage: z.number(), status: z.enum(['listed', 'blocked-by-rule']) }),
    ),
    paths: z.array(z.array(z.string())).describe('Ownership chains of entity ids, the listed party first and this entity last.'),
    explanation: z.string(),
  })
  .meta({ id: 'OwnershipBlock', description: 'Vigil: the entity is blocked by ownership, though no list names it.' });
export type OwnershipBlockResponse = z.infer<typeof ownershipBlockSchema>;

export const scoredEntityResponseSchema = entityResponseSchema
  .extend({
    score: z.number(),
    match: z.boolean(),
    features: z.record(z.string(), z.number()).describe('Feature values by name (yente before 4.x).'),
    explanations: z
      .record(z.string(), featureResultSchema)
      .describe('Each feature with its effect and how it was reached; `ownership_<rule>` (score 0) when the entity is blocked by ownership.'),
    blocked_by_ownership: z.array(ownershipBlockSchema).optional().describe('Vigil: each ownership rule that blocks this entity.'),
  })
  .meta({ id: 'ScoredEntityResponse' });

export const entityMatchesSchema = z
  .object({
    status: z.number().int(),
    results: z.array(scoredEntityResponseSchema),
    total: totalSchema,
    query: z.object({ id: z.string().optional(), schema: z.string(), properties: z.record(z.string(), z.array(z.string())) }),
    warnings: z.array(z.string()).optional().describe('Vigil: what was changed in the query before matching (cut names, dropped characters).'),
  })
  .meta({ id: 'EntityMatches' });

export const matchResponseSchema = z
  .object({
    responses: z.record(z.string(), entityMatchesSchema),
    limit: z.number().int(),
    threshold: z.number().describe('Vigil: the threshold used.'),
    algorithm: z.string().describe('Vigil: the algorithm name asked for.'),
  })
  .meta({ id: 'EntityMatchResponse' });
export type MatchResponse = z.infer<typeof matchResponseSchema>;
export type EntityMatches = z.infer<typeof entityMatchesSchema>;
export type ScoredEntityResponse = z.infer<typeof scoredEntityResponseSchema>;
