import { detectPaymentSyntax } from './detect-format.js';
import { parseIso20022 } from './parse-iso20022.js';
import { parseMt103 } from './parse-mt103.js';
import type { PaymentParseResult } from './types.js';

/** Reads a payment message of any supported format, told apart by its first characters. */
export function parsePaymentMessage(text: string): PaymentParseResult {
  if (text.trim() === '') return { ok: false, errors: [{ code: 'empty', message: 'the message is empty' }], warnings: [] };
  switch (detectPaymentSyntax(text)) {
    case 'xml':
      return parseIso20022(text);
    case 'mt':
      return parseMt103(text);
    case undefined:
      return {
        ok: false,
        errors: [{ code: 'unknown-format', message: `not a payment message read here: expected ISO 20022 XML (starting with "<") or SWIFT MT103 (starting with "{1:" or ":20:"), found ${JSON.stringify(text.trimStart().slice(0, 30))}` }],
        warnings: [],
      };
  }
}
