export * from './types.js';
export { detectPaymentSyntax } from './detect-format.js';
export { parsePaymentMessage } from './parse-payment.js';
export { parseIso20022 } from './parse-iso20022.js';
export { parseMt103 } from './parse-mt103.js';
export {
  buildPartyQuery, programsCoveringCountry, screenPayment,
  type CountryScreening, type JurisdictionProgram, type PartyScreening, type PaymentScreening, type ScreenPaymentOptions,
} from './screen-payment.js';
export type { TextScanner, TextScreening } from './screen-payment-text.js';
