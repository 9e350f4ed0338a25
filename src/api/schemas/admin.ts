import { z } from 'zod';
import { boolParam, dateParam, intParam } from './common.js';
import { entityChangeSchema } from './entities.js';

export const updateParamsSchema = z.object({
  sync: boolParam.optional().describe('Wait for the update to finish and answer 200 with the summary (default: answer 202 at once).'),
});

export const updateResponseSchema = z
  .object({
    status: z.enum(['accepted', 'ok']),
    sources: z
      .array(
        z.object({
          source: z.string(),
          ok: z.boolean(),
          outcome: z.string(),
          error: z.string().optional(),
          published_at: z.string().nullable(),
          parties: z.number().nullable(),
          records: z.number().nullable(),
          added: z.number().nullable(),
          removed: z.number().nullable(),
          changed: z.number().nullable(),
          issues: z.number(),
        }),
      )
      .optional(),
    matcher: z.object({ size: z.number(), build_ms: z.number() }).optional(),
  })
  .meta({ id: 'UpdateResponse' });

export const changesParamsSchema = z.object({
  since: dateParam.describe('Changes at or after this date.'),
  source: z.string().optional().describe('Only this source.'),
  all: boolParam.optional().describe('Include sanctions and link records, and each source\'s first load.'),
  limit: intParam(1, 10_000).optional().describe('At most this many changes (default 1000).'),
});

export const changesResponseSchema = z
  .object({ since: z.string(), changes: z.array(entityChangeSchema) })
  .meta({ id: 'ChangesResponse' });
