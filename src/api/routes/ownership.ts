import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hono, MiddlewareHandler } from 'hono';
import { describeIssue } from '../../sources/index.js';
import { importOwnership, ownershipNameConflict, type OwnershipFormat } from '../../update/import-ownership.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { BadRequestError, ConflictError, ValidationError } from '../errors.js';
import { exclusively, rebuildMatcher } from '../reload-lists.js';
import { ownershipParamsSchema, type OwnershipImportResponse } from '../schemas/ownership.js';
import { validQuery } from '../validate.js';

const DEFAULT_SOURCE = 'user_ownership';
/** Bad lines named in a 422, at most. */
const SHOWN_ISSUES = 20;
/** Content types of the two forms, and the extension the importer reads each by. */
const FORMATS: ReadonlyMap<string, { format: OwnershipFormat; ext: string }> = new Map(Object.entries({
  'text/csv': { format: 'ownership-csv', ext: '.csv' },
  'application/x-ndjson': { format: 'ownership-ftm', ext: '.jsonl' },
  'application/jsonl': { format: 'ownership-ftm', ext: '.jsonl' },
}));

/**
 * `POST /ownership`: imports the body (CSV or FtM JSON lines) as an ownership source, with the
 * checks of `vigil import-ownership`: a bad line rejects the whole body (422 naming each line, the
 * previous version stays in service). Then the rules are recomputed (status changes go to
 * /changes) and the screening index rebuilt, so the new parties are screened at once.
 */
export function registerOwnershipRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  app.post('/ownership', guard('admin'), validQuery(ownershipParamsSchema), async (c) => {
    const { name = DEFAULT_SOURCE, force } = c.req.valid('query');
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const form = FORMATS.get(type);
    if (!form) throw new BadRequestError(`content-type: send text/csv (owner,asset,percentage[,start,end]) or application/x-ndjson (FtM JSON lines), not ${JSON.stringify(type.slice(0, 100))}`);
    const body = await c.req.text();
    if (body.trim() === '') throw new BadRequestError('body: empty; send the ownership file');
    const conflict = await ownershipNameConflict(ctx.store, name);
    if (conflict !== undefined) throw new ConflictError(`query.name: ${conflict}`);
    return exclusively(ctx, 'an ownership import', async () => {
      const dir = join(ctx.workDir, 'ownership-uploads');
      const path = join(dir, `${randomUUID()}${form.ext}`);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(path, body);
        const imported = await importOwnership(ctx.store, { name, path, format: form.format, label: 'body', workDir: ctx.workDir, ...(force ? { force: true } : {}) });
        const { result } = imported;
        // The upload's temporary path means nothing to the client: lines are named `body:<line>`.
        const shown = (text: string): string => text.replaceAll(path, 'body');
        if (!result.ok) {
          throw new ValidationError([shown(result.error), ...result.issues.slice(0, SHOWN_ISSUES).map((i) => shown(describeIssue(i)))]);
        }
        const v = result.version;
        const changed = v.outcome === 'ok';
        const response: OwnershipImportResponse = {
          source: name,
          outcome: changed ? 'ok' : 'unchanged',
          version_id: v.id,
          ownership_records: v.countsBySchema['Ownership'] ?? 0,
          records: v.entityCount,
          added: v.added,
          removed: v.removed,
          changed: v.changed,
          warnings: imported.warnings,
          rules: {
            ofac_blocked: imported.rules?.ofac ?? 0,
            eu_blocked: imported.rules?.eu ?? 0,
            newly_blocked: imported.rules?.newlyBlocked ?? 0,
            cleared: imported.rules?.cleared ?? 0,
          },
          ...(changed ? { matcher: await rebuildMatcher(ctx) } : {}),
        };
        ctx.logger.info({ event: 'ownership-imported', source: name, outcome: response.outcome, ...response.rules }, 'ownership imported');
        return c.json(response);
      } finally {
        await rm(path, { force: true });
      }
    });
  });
}
