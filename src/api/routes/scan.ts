import type { Context, Hono, MiddlewareHandler } from 'hono';
import { phraseIndexFor, scanText } from '../../scan/index.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { BadRequestError, VigilError } from '../errors.js';
import { scanBodySchema, scanParamsSchema, toMentionResponse, type ScanResponse } from '../schemas/scan.js';
import { parseBody, readJson, validQuery } from '../validate.js';

/** Longest text scanned in one request (about 80,000 words, under 2 s); longer documents are sent in parts. */
export const MAX_SCAN_CHARS = 500_000;

/** The text and the body's threshold: JSON `{"text": ...}`, or the body itself when it is plain text. */
async function readScanBody(c: Context<AppEnv>): Promise<{ text: string; threshold?: number }> {
  const type = c.req.header('content-type') ?? '';
  if (/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    const body = parseBody(scanBodySchema, await readJson(c));
    return body.threshold === undefined ? { text: body.text } : { text: body.text, threshold: body.threshold };
  }
  if (/^text\/plain\b/i.test(type)) {
    const text = await c.req.text();
    if (text.trim() === '') throw new BadRequestError('body: no text to scan');
    return { text };
  }
  throw new BadRequestError(`content-type: send application/json {"text": "..."} or text/plain, not ${JSON.stringify(type.slice(0, 100) || 'none')}`);
}

/** `POST /scan`: which listed parties and sanctioned jurisdictions a document mentions. */
export function registerScanRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  app.post('/scan', guard('screener'), validQuery(scanParamsSchema), async (c) => {
    const params = c.req.valid('query');
    const matcher = ctx.matcher.require();
    const body = await readScanBody(c);
    if (body.text.length > MAX_SCAN_CHARS) {
      throw new VigilError(`body.text: ${body.text.length} characters, more than the ${MAX_SCAN_CHARS} scanned per request; send the document in parts`, 413);
    }
    // Built on the first scan after each reload, from the entities the matcher was built from.
    const index = await phraseIndexFor(matcher, () => ctx.store.entities());
    const result = scanText(index, body.text, { threshold: body.threshold ?? params.threshold ?? matcher.defaultThreshold });
    const response: ScanResponse = {
      ...result,
      mentions: result.mentions.map(toMentionResponse),
    };
    return c.json(response);
  });
}
