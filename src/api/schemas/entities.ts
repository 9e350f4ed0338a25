import { z } from 'zod';
import { boolParam, entityResponseSchema, intParam, totalSchema } from './common.js';

export const entityParamsSchema = z.object({
  nested: boolParam.optional().describe('Include the sanctions, links and records that point at the entity (default true).'),
});

export const adjacentParamsSchema = z.object({
  limit: intParam(1, 500).optional().describe('Entities per property (default 10).'),
  offset: intParam(0, 10_000).optional().describe('Entities to skip per property.'),
});

export const adjacentResultsSchema = z
  .object({ results: z.array(entityResponseSchema), total: totalSchema, limit: z.number().int(), offset: z.number().int() })
  .meta({ id: 'AdjacentResultsResponse' });

export const entityAdjacentResponseSchema = z
  .object({ entity: entityResponseSchema, adjacent: z.record(z.string(), adjacentResultsSchema) })
  .meta({ id: 'EntityAdjacentResponse' });

export const entityChangeSchema = z
  .object({
    version_id: z.number().int(),
    source: z.string(),
    entity_id: z.string(),
    schema: z.string(),
    caption: z.string(),
    target: z.boolean(),
    kind: z
      .enum(['added', 'removed', 'changed', 'blocked-by-ownership'])
      .describe('blocked-by-ownership: derived; the diff key is the rule, `added` when newly blocked, `removed` when cleared.'),
    diff: z.record(z.string(), z.object({ added: z.array(z.string()), removed: z.array(z.string()) })),
    at: z.string(),
  })
  .meta({ id: 'EntityChange' });

export const entityHistoryResponseSchema = z
  .object({ entity_id: z.string(), changes: z.array(entityChangeSchema) })
  .meta({ id: 'EntityHistoryResponse' });
