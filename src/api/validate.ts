import { zValidator } from '@hono/zod-validator';
import type { Context } from 'hono';
import type { z } from 'zod';
import { BadRequestError, ValidationError } from './errors.js';

/**
 * Request parsing at the edge: query strings through `@hono/zod-validator`, JSON bodies read here
 * so that a malformed body gets its own 400. Every problem names its field (`query.limit`,
 * `body.queries.q1.schema`) and is answered with 422, as yente (FastAPI) does.
 * @module
 */

export function describeIssues(issues: readonly z.core.$ZodIssue[], where: string): string[] {
  return issues.slice(0, 20).map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return `${where}${path}: ${issue.message}`;
  });
}

/** Validates the query string; bad values are a 422 naming `query.<param>`. */
export function validQuery<T extends z.ZodType>(schema: T) {
  return zValidator('query', schema, (result) => {
    if (!result.success) throw new ValidationError(describeIssues(result.error.issues, 'query'));
  });
}

/** Reads the body as JSON (whatever the Content-Type says); not JSON is a 400. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw new BadRequestError('body: empty; send a JSON object');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BadRequestError(`body: not valid JSON (${(error as Error).message})`);
  }
}

/** Validates a parsed body; problems are a 422 naming `body.<path>`. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw new ValidationError(describeIssues(result.error.issues, 'body'));
  return result.data;
}
