import { z } from 'zod';
import { boolParam } from './common.js';

export const ownershipParamsSchema = z.object({
  name: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, 'a source name such as user_ownership (lower case, digits, _)')
    .optional()
    .describe('Source name of this ownership data (default user_ownership); a new upload replaces the previous one of the same name.'),
  force: boolParam.optional().describe('Re-read a body identical to the version in service.'),
});

export const ownershipUploadSchema = z.string().meta({
  id: 'OwnershipUpload',
  description:
    'Either CSV (Content-Type text/csv) with a header `owner,asset,percentage[,start,end]`, owners and assets as entity ids (ofac-22544) or names, ' +
    'or FtM JSON lines (Content-Type application/x-ndjson): Ownership entities (owner, asset, percentage, startDate, endDate) and the parties they name.',
});

export const ownershipImportResponseSchema = z
  .object({
    source: z.string(),
    outcome: z.enum(['ok', 'unchanged']),
    version_id: z.number().int(),
    ownership_records: z.number().int(),
    records: z.number().int().nullable(),
    added: z.number().int().nullable(),
    removed: z.number().int().nullable(),
    changed: z.number().int().nullable(),
    warnings: z.array(z.string()).describe('Owners or assets given as ids that no loaded list holds (kept as edges that lead nowhere).'),
    rules: z.object({
      ofac_blocked: z.number().int().describe("Entities blocked by OFAC's 50% rule now."),
      eu_blocked: z.number().int().describe("Entities blocked by the EU's majority-ownership rule now."),
      newly_blocked: z.number().int().describe('Entities this import blocked (changes of kind blocked-by-ownership).'),
      cleared: z.number().int().describe('Entities this import cleared.'),
    }),
    matcher: z.object({ size: z.number(), build_ms: z.number() }).optional().describe('The screening index, rebuilt when the data changed.'),
  })
  .meta({ id: 'OwnershipImportResponse' });
export type OwnershipImportResponse = z.infer<typeof ownershipImportResponseSchema>;
