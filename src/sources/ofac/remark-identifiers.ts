import { countryCode } from '../../model/index.js';

/**
 * OFAC's identifier clauses (`Passport A123 (Russia) issued 01 Jan 2000`, `Tax ID No. 7707 (Russia)`)
 * and the FtM property each label fills. A Russian Tax ID, registration number or Government
 * Gazette number is also an INN, OGRN or OKPO code, which other lists (EU, UK) give under those
 * names; filling both lets their records match.
 * @module
 */

interface IdentifierKind {
  prop: string;
  /** The property a Russian identifier of this kind also fills. */
  russianProp?: string;
}

const ID = { prop: 'idNumber' };
const TAX = { prop: 'taxNumber' };
const REGISTRATION = { prop: 'registrationNumber' };

const LABELS: Record<string, IdentifierKind> = {
  'Passport': { prop: 'passportNumber' },
  'Diplomatic Passport': { prop: 'passportNumber' },
  'SSN': { prop: 'socialSecurityNumber' },
  'National ID No.': ID, 'Cedula No.': ID, 'Identification Number': ID, 'D.N.I.': ID, 'C.U.R.P.': ID,
  'C.U.R.P. #': ID, 'Personal ID Card': ID, 'Kenyan ID No.': ID, 'Turkish Identification Number': ID,
  'Numero de Identidad': ID, "Citizen's Card Number": ID, 'Birth Certificate Number': ID,
  'Electoral Registry No.': ID, 'Credencial electoral': ID, "Driver's License No.": ID, 'Residency Number': ID,
  'National Foreign ID Number': ID, 'Refugee ID Card': ID, 'Tazkira National ID Card': ID,
  'Travel Document Number': ID, 'I.F.E.': ID, 'C.U.I.P.': ID, 'C.U.I.': ID, 'VisaNumberID': ID,
  'Cartilla de Servicio Militar Nacional': ID, 'SRE Permit No.': ID,
  'Tax ID No.': { prop: 'taxNumber', russianProp: 'innCode' },
  'NIT #': TAX, 'RFC': TAX, 'R.F.C.': TAX, 'R.F.C. #': TAX, 'RUC #': TAX, 'RIF #': TAX, 'C.U.I.T.': TAX,
  'US FEIN': TAX, 'Italian Fiscal Code': TAX, 'RTN': TAX,
  'V.A.T. Number': { prop: 'vatCode' },
  'Registration Number': { prop: 'registrationNumber', russianProp: 'ogrnCode' },
  'Registration ID': { prop: 'registrationNumber', russianProp: 'ogrnCode' },
  'Government Gazette Number': { prop: 'registrationNumber', russianProp: 'okpoCode' },
  'Company Number': REGISTRATION, 'UK Company Number': REGISTRATION, 'Business Registration Number': REGISTRATION,
  'Business Registration Document #': REGISTRATION, 'Commercial Registry Number': REGISTRATION,
  'Public Registration Number': REGISTRATION, 'Certificate of Incorporation Number': REGISTRATION,
  'Chamber of Commerce Number': REGISTRATION, 'Enterprise Number': REGISTRATION, 'Business Number': REGISTRATION,
  'Folio Mercantil No.': REGISTRATION, 'Matricula Mercantil No': REGISTRATION, 'C.R. No.': REGISTRATION,
  'Trade License No.': REGISTRATION, 'Unified Social Credit Code (USCC)': REGISTRATION,
  'United Social Credit Code Certificate (USCCC)': REGISTRATION, 'Economic Register Number (CBLS)': REGISTRATION,
  'Central Registration System Number': REGISTRATION, 'Istanbul Chamber of Comm. No.': REGISTRATION,
  'Dubai Chamber of Commerce Membership No.': REGISTRATION, 'Registered Charity No.': REGISTRATION,
  'Branch Unit Number': REGISTRATION, 'License': REGISTRATION, 'Permit Number': REGISTRATION,
  'LE Number': REGISTRATION, 'Romanian C.R.': REGISTRATION, 'Organization Code': REGISTRATION,
  'Aircraft Tail Number': REGISTRATION,
  'D-U-N-S Number': { prop: 'dunsCode' },
  'Legal Entity Number': { prop: 'leiCode' },
  'SWIFT/BIC': { prop: 'swiftBic' },
  'BIK (RU)': { prop: 'bikCode' },
  'ISIN': { prop: 'isinCode' },
  'Equity Ticker': { prop: 'ticker' },
  'MMSI': { prop: 'mmsi' },
  "Aircraft Manufacturer's Serial Number (MSN)": { prop: 'serialNumber' },
  'Aircraft Serial Identification': { prop: 'serialNumber' },
};

// Longest first, so that `Registration Number` is not read as `Registration` plus a number.
const LABELS_LONGEST_FIRST = Object.keys(LABELS).sort((a, b) => b.length - a.length);

/** One FtM property value from a remarks clause. */
export interface PropertyValue {
  prop: string;
  value: string;
}

/**
 * The property values of an identifier clause (without its `alt. ` prefix and final full stop),
 * or undefined when the clause is not one: the number is the text before the first parenthesis
 * or `issued`/`expires` tail; its country is the last parenthesis that names one.
 */
export function parseIdentifierClause(clause: string): PropertyValue[] | undefined {
  const label = LABELS_LONGEST_FIRST.find((l) => clause.startsWith(`${l} `));
  const kind = label ? LABELS[label] : undefined;
  if (!label || !kind) return undefined;
  const rest = clause.slice(label.length + 1).trim();
  const number = rest.split(/ \(| issued | expires /)[0]?.trim() ?? '';
  if (number === '' || /^(issued|expires)\b/.test(number)) return undefined;
  const qualifiers = [...rest.slice(number.length).matchAll(/\(([^()]*)\)/g)].map((m) => m[1] ?? '');
  const country = qualifiers.map((q) => countryCode(q)).filter((c) => c !== undefined).pop();
  const values = [{ prop: kind.prop, value: number }];
  if (kind.russianProp && country === 'ru') values.push({ prop: kind.russianProp, value: number });
  return values;
}
