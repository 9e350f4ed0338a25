import { z } from 'zod';
import { EDGE_KINDS } from '../../graph/index.js';
import { intParam } from './common.js';

const kindsPattern = new RegExp(`^(${EDGE_KINDS.join('|')})(,(${EDGE_KINDS.join('|')}))*$`, 'i');

export const networkParamsSchema = z.object({
  depth: intParam(1, 5).optional().describe('Hops from the entity (default 1).'),
  kinds: z
    .string()
    .regex(kindsPattern, `comma-separated edge kinds from ${EDGE_KINDS.join(', ')}`)
    .optional()
    .describe('Edge kinds to follow (default all).'),
});

const blockVerdictSchema = z
  .object({
    rule: z.enum(['ofac-50-percent', 'eu-majority-ownership']),
    aggregation: z.enum(['sum', 'single-owner']),
    status: z.enum(['listed', 'blocked-by-rule', 'not-blocked']),
    totalPercent: z.number(),
    owners: z.array(z.object({ owner: z.string(), percentage: z.number(), ownerStatus: z.enum(['listed', 'blocked-by-rule']) })),
    paths: z.array(z.array(z.string())),
  })
  .meta({ id: 'OwnershipBlockVerdict' });

export const networkResponseSchema = z
  .object({
    root: z.string(),
    depth: z.number().int(),
    kinds: z.array(z.enum(EDGE_KINDS as [string, ...string[]])),
    nodes: z.array(
      z.object({
        id: z.string(),
        depth: z.number().int(),
        caption: z.string().nullable(),
        schema: z.string().nullable(),
        loaded: z.boolean(),
        listed: z.boolean(),
        ofac: blockVerdictSchema,
        eu: blockVerdictSchema,
      }),
    ),
    edges: z.array(
      z.object({
        kind: z.string(),
        from: z.string(),
        to: z.string(),
        percentage: z.number().optional(),
        startDate: z.string().optional(),
        endDate: z.string().optional(),
        datasets: z.array(z.string()),
        relationId: z.string(),
      }),
    ),
    truncated: z.boolean(),
  })
  .meta({ id: 'EntityNetworkResponse' });
