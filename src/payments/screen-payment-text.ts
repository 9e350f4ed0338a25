import type { JurisdictionMention, PartyMention, ScanResult } from '../scan/index.js';
import type { PaymentText } from './types.js';

/** The free-text scanner of `src/scan` (scanText over its phrase index), bound by the caller, which holds the entities. */
export type TextScanner = (text: string) => ScanResult;

/** A free-text field with the listed parties and sanctioned jurisdictions it names. */
export type TextScreening = PaymentText & {
  mentions: PartyMention[];
  jurisdictions: JurisdictionMention[];
  match: boolean;
};

/**
 * The scanner, not the name matcher, reads remittance text and instructions: it finds a name
 * inside a sentence ("Payment for PMC Wagner services") with its span, and countries written as
 * words ("goods of Iranian origin"). MT narrative codes (`/INV/`, `/BENEFRES/RU//`) are left in:
 * the scanner takes no two-letter code for a country or a name.
 */
export function screenPaymentText(scanText: TextScanner, text: PaymentText): TextScreening {
  const { mentions, jurisdictions } = scanText(text.text);
  return { ...text, mentions, jurisdictions, match: mentions.length > 0 || jurisdictions.length > 0 };
}
