import { z } from 'zod';
import { MAX_CANDIDATES } from '../../match/index.js';

/**
 * Shapes shared by several routes, as yente's `data/common.py` defines them. The zod schemas are
 * the source of both the TypeScript types and the OpenAPI document (`z.toJSONSchema`).
 * @module
 */

export const errorResponseSchema = z.object({ detail: z.string() }).meta({ id: 'ErrorResponse', description: 'What went wrong, naming the field.' });

export const totalSchema = z
  .object({ value: z.number().int(), relation: z.enum(['eq', 'gte']) })
  .meta({ id: 'TotalSpec', description: `How many results there are (\`gte\`: at least this many; the index scores at most ${MAX_CANDIDATES} candidates).` });

/** An entity as FtM JSON with dataset membership and history stamps; nested entities may replace ids. */
export const entityResponseSchema = z
  .object({
    id: z.string(),
    caption: z.string(),
    schema: z.string(),
    get properties() {
      return z.record(z.string(), z.array(z.union([z.string(), entityResponseSchema])));
    },
    datasets: z.array(z.string()),
    referents: z.array(z.string()),
    target: z.boolean(),
    first_seen: z.string().nullable(),
    last_seen: z.string().nullable(),
    last_change: z.string().nullable(),
  })
  .meta({ id: 'EntityResponse' });
export type EntityResponse = z.infer<typeof entityResponseSchema>;

export const statusResponseSchema = z.object({ status: z.string() }).meta({ id: 'StatusResponse' });

/** A query-string value that may be repeated (`?topics=a&topics=b`): always a list. */
export const repeatedParam = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .optional();

/** A date or timestamp parameter: `2024-05-03`, `2024-05-03T10:00`, `2024-05-03T10:00:00Z`. */
export const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'a date YYYY-MM-DD or an ISO timestamp');

/** A whole number parameter in a range. */
export function intParam(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** A score parameter in [0, 1]. */
export const scoreParam = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/, 'a number from 0 to 1')
  .transform(Number);

export const boolParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
