import { z } from 'zod';
import { intParam, scoreParam } from './common.js';
import { scoredEntityResponseSchema } from './match.js';
import { scanResponseSchema } from './scan.js';

export const scanPaymentParamsSchema = z.object({
  threshold: scoreParam.optional().describe('Score at or above which a result is a match (default 0.70).'),
  limit: intParam(1, 50).optional().describe('Results per party (default 5).'),
});

/** The JSON form of the body; XML (`application/xml`) or MT103 text (`text/plain`) may be sent as they are instead. */
export const scanPaymentBodySchema = z
  .object({ message: z.string().min(1, 'the payment message: ISO 20022 pacs.008 or pain.001 XML, or SWIFT MT103 text') })
  .meta({ id: 'ScanPaymentRequest' });

const fieldLocationSchema = z
  .union([
    z.object({ kind: z.literal('xml'), path: z.string(), line: z.number().int() }),
    z.object({ kind: z.literal('mt'), tag: z.string(), line: z.number().int() }),
  ])
  .meta({ id: 'PaymentFieldLocation', description: 'Where a value was read: an XML element path, or an MT tag, with its line.' });

const matchQuerySchema = z.object({ schema: z.string(), properties: z.record(z.string(), z.array(z.string())) });

const partyScreeningSchema = z.object({
  role: z.string().describe('debtor, creditor, ultimateDebtor, debtorAgent, creditorAgent, intermediaryAgent1, sender, orderingInstitution, ...'),
  schema: z.enum(['Person', 'Organization', 'LegalEntity']),
  location: fieldLocationSchema,
  fields: z.record(z.string(), fieldLocationSchema).describe('Where each screened value (name, bic, country, ...) was read.'),
  query: matchQuerySchema,
  match: z.boolean(),
  results: z.array(scoredEntityResponseSchema),
});

const countryScreeningSchema = z.object({
  role: z.string().optional(),
  field: z.string(),
  country: z.string(),
  location: fieldLocationSchema,
  programs: z.array(z.object({ code: z.string(), authority: z.string(), title: z.string(), comprehensive: z.boolean() })),
});

const textScreeningSchema = z.object({
  field: z.string().describe('RmtInf/Ustrd, RmtInf/Strd/AddtlRmtInf, InstrForCdtrAgt/InstrInf, RgltryRptg/Dtls/Inf, :70:, :72:, :77B:, ...'),
  text: z.string(),
  location: fieldLocationSchema,
  match: z.boolean().describe('The text names a listed party or a sanctioned jurisdiction.'),
  mentions: scanResponseSchema.shape.mentions.describe('Listed parties the text names, as POST /scan reports them (spans are offsets in this text).'),
  jurisdictions: scanResponseSchema.shape.jurisdictions,
});

export const paymentIssueSchema = z.object({ code: z.string(), message: z.string() }).loose().meta({ id: 'PaymentIssue' });

export const scanPaymentResponseSchema = z
  .object({
    format: z.enum(['pacs.008', 'pain.001', 'mt103']),
    message_type: z.string(),
    message_id: z.string(),
    threshold: z.number(),
    hit_count: z.number().int().describe('Parties and texts with a match, plus country fields naming a sanctioned jurisdiction.'),
    parties: z.array(partyScreeningSchema),
    countries: z.array(countryScreeningSchema).describe('Country fields naming a jurisdiction that a programme covers as a whole.'),
    texts: z.array(textScreeningSchema),
    warnings: z.array(paymentIssueSchema).describe('Elements or fields not read, hence not screened.'),
  })
  .meta({ id: 'ScanPaymentResponse' });
export type ScanPaymentResponse = z.infer<typeof scanPaymentResponseSchema>;
