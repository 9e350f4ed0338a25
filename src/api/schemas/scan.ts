import { z } from 'zod';
import type { PartyMention } from '../../scan/index.js';
import { scoreParam } from './common.js';

export const scanParamsSchema = z.object({
  threshold: scoreParam.optional().describe('Score at or above which a mention is reported (default 0.70); a JSON body may give it instead.'),
});

/** The JSON form of the body; plain text (`text/plain`) may be sent as it is instead. */
export const scanBodySchema = z
  .object({
    text: z.string().refine((t) => t.trim() !== '', 'no text to scan').describe('The document: an article, a report, a note.'),
    threshold: z.number().min(0).max(1).optional().describe('Score at or above which a mention is reported (default 0.70).'),
  })
  .meta({ id: 'ScanRequest' });

const spanSchema = z.object({
  start: z.number().int().describe('Offset of the first character in the text as sent (UTF-16 code units, as JavaScript counts).'),
  end: z.number().int().describe('Offset after the last character.'),
  text: z.string().describe('The text between start and end, as written.'),
});

const partyMentionSchema = spanSchema
  .extend({
    entity: z.object({ id: z.string(), caption: z.string(), schema: z.string(), datasets: z.array(z.string()), programs: z.array(z.string()) }),
    listed_name: z.string().describe('The listed name or alias that was found.'),
    evidence: z.enum(['full-name', 'given-and-surname', 'distinctive-word', 'name-part']),
    score: z.number(),
    confidence: z.enum(['high', 'medium', 'low']),
    explanation: z.string(),
  })
  .meta({ id: 'PartyMention' });

const jurisdictionMentionSchema = z
  .object({
    code: z.string().describe('ISO code; ua-cri, ua-dpr, ua-lpr for the occupied regions of Ukraine.'),
    name: z.string(),
    mentions: z.array(spanSchema),
    programs: z.array(z.object({ code: z.string(), authority: z.string(), title: z.string(), comprehensive: z.boolean() })),
  })
  .meta({ id: 'JurisdictionMention' });

export const scanResponseSchema = z
  .object({
    threshold: z.number(),
    words: z.number().int(),
    mentions: z.array(partyMentionSchema).describe('Mentions of listed parties, in text order; one per span and party.'),
    jurisdictions: z.array(jurisdictionMentionSchema).describe('Sanctioned jurisdictions named, in order of first mention.'),
  })
  .meta({ id: 'ScanResponse' });
export type ScanResponse = z.infer<typeof scanResponseSchema>;

/** A mention as the API answers it (snake_case, plain arrays), in /scan and /scan/payment. */
export function toMentionResponse({ listedName, entity, ...m }: PartyMention): ScanResponse['mentions'][number] {
  return { ...m, listed_name: listedName, entity: { ...entity, datasets: [...entity.datasets], programs: [...entity.programs] } };
}
