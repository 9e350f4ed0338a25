import type { Context, Hono, MiddlewareHandler } from 'hono';
import { parsePaymentMessage, screenPayment, type PaymentIssue } from '../../payments/index.js';
import { phraseIndexFor, scanText } from '../../scan/index.js';
import type { AppEnv, Role, ServerContext } from '../context.js';
import { toScoredResponse } from '../entity-response.js';
import { BadRequestError, ValidationError } from '../errors.js';
import { toMentionResponse } from '../schemas/scan.js';
import { scanPaymentBodySchema, scanPaymentParamsSchema, type ScanPaymentResponse } from '../schemas/scan-payment.js';
import { parseBody, readJson, validQuery } from '../validate.js';

/** Issues that mean the body could not be read as a message at all (400); the rest are a readable message with wrong content (422). */
const UNREADABLE = new Set<PaymentIssue['code']>(['empty', 'unknown-format', 'not-xml', 'mt-syntax', 'mt-block-not-closed']);

/** The message: the body as sent (XML or MT text), or `{"message": ...}` when the body is JSON. */
async function readMessage(c: Context<AppEnv>): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  if (/\bjson\b/i.test(type)) return parseBody(scanPaymentBodySchema, await readJson(c)).message;
  const text = await c.req.text();
  if (text.trim() === '') throw new BadRequestError('body: empty; send the payment message (XML or MT103 text), or JSON {"message": "..."}');
  return text;
}

/** `POST /scan/payment`: screens every party, country and free-text field of a pacs.008, pain.001 or MT103 message. */
export function registerScanPaymentRoutes(app: Hono<AppEnv>, ctx: ServerContext, guard: (role: Role) => MiddlewareHandler): void {
  app.post('/scan/payment', guard('screener'), validQuery(scanPaymentParamsSchema), async (c) => {
    const params = c.req.valid('query');
    const matcher = ctx.matcher.require();
    const parsed = parsePaymentMessage(await readMessage(c));
    if (!parsed.ok) {
      const problems = parsed.errors.slice(0, 20).map((e) => `body: ${e.message}`);
      if (parsed.errors.some((e) => UNREADABLE.has(e.code))) throw new BadRequestError(problems.join('; '));
      throw new ValidationError(problems);
    }
    // The scanner's phrase index is shared with POST /scan: built once per matcher, from the same entities.
    const index = await phraseIndexFor(matcher, () => ctx.store.entities());
    const threshold = params.threshold ?? matcher.defaultThreshold;
    const screening = screenPayment(matcher, parsed.message, {
      scanText: (text) => scanText(index, text, { threshold }),
      threshold,
      ...(params.limit !== undefined ? { limit: params.limit } : {}),
    });
    const response: ScanPaymentResponse = {
      format: screening.format,
      message_type: screening.messageType,
      message_id: screening.messageId,
      threshold: screening.threshold,
      hit_count: screening.hitCount,
      parties: screening.parties.map((p) => ({ ...p, results: p.results.map((r) => toScoredResponse(r, [])) })),
      countries: screening.countries,
      texts: screening.texts.map(({ mentions, ...t }) => ({
        ...t,
        mentions: mentions.map(toMentionResponse),
      })),
      warnings: parsed.warnings,
    };
    return c.json(response);
  });
}
