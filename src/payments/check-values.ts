import { countryCode } from '../model/index.js';
import { describeLocation, type FieldLocation, type PaymentIssue } from './types.js';

/** ISO 9362 BIC as ISO 20022 writes the pattern: 4 party, 2 country, 2 location, 3 optional branch. */
const BIC = /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;
/** ISO 17442 LEI: 18 characters and 2 check digits. */
const LEI = /^[A-Z0-9]{18}[0-9]{2}$/;

function badValue(field: string, value: string, location: FieldLocation, why: string): PaymentIssue {
  return { code: 'bad-value', field, value, location, message: `${describeLocation(location)}: ${field} ${JSON.stringify(value.slice(0, 50))} ${why}` };
}

/** The BIC, or an error naming the field: a bad BIC cannot be screened by identifier. */
export function checkBic(value: string, field: string, location: FieldLocation, errors: PaymentIssue[]): string | undefined {
  const bic = value.trim();
  if (BIC.test(bic) && countryCode(bic.slice(4, 6)) !== undefined) return bic;
  errors.push(badValue(field, bic, location, 'is not a BIC (8 or 11 letters and digits: bank, ISO country, location, optional branch)'));
  return undefined;
}

export function checkLei(value: string, field: string, location: FieldLocation, errors: PaymentIssue[]): string | undefined {
  const lei = value.trim();
  if (LEI.test(lei)) return lei;
  errors.push(badValue(field, lei, location, 'is not an LEI (18 letters or digits and 2 check digits)'));
  return undefined;
}

/** An ISO 3166 alpha-2 code as FtM stores it (lower case), or an error naming the field. */
export function checkCountry(value: string, field: string, location: FieldLocation, errors: PaymentIssue[]): string | undefined {
  const code = value.trim();
  const iso = /^[A-Z]{2}$/.test(code) ? countryCode(code) : undefined;
  if (iso) return iso;
  errors.push(badValue(field, code, location, 'is not an ISO 3166 two-letter country code'));
  return undefined;
}
