import { z } from 'zod';
import { intParam, scoreParam } from './common.js';

export const batchParamsSchema = z.object({
  threshold: scoreParam.optional().describe('Score at or above which a result is a match (default: the matcher\'s, 0.70).'),
  type: z.string().optional().describe('person, company, organization, vessel, aircraft or any; without it each row\'s `type` column or its properties decide.'),
  limit: intParam(1, 50).optional().describe('Results kept per row (default 5); the CSV lists up to three matches, and match_count counts every match.'),
});

export const batchJobSchema = z
  .object({
    id: z.string(),
    status: z.enum(['running', 'done', 'failed']),
    done: z.number().int().describe('Rows screened so far.'),
    total: z.number().int().describe('Rows in the upload.'),
    matched: z.number().int().describe('Rows with at least one match.'),
    errors: z.number().int().describe('Rows that could not be screened (each has its error in the results).'),
    threshold: z.number(),
    warnings: z.array(z.string()).describe('Columns that were ignored.'),
    error: z.string().optional().describe('Why a failed job stopped.'),
    created_at: z.string(),
    expires_at: z.string().describe('The job and its results are dropped an hour after the upload.'),
  })
  .meta({ id: 'BatchJob' });

export const batchBodySchema = z.string().meta({
  id: 'BatchUpload',
  description: 'A CSV file with a header line: name (or first_name/last_name), birth_date, country, nationality, passport, id/customer_id, type, ... as `vigil screen --file` reads.',
});

export const batchResultsSchema = z.string().meta({
  id: 'BatchResults',
  description: 'CSV: row, key, query_name, match, score, match_count (every match at the threshold, also past the results kept), then id, name, score, lists, programs and reason of up to three matches, and error.',
});
