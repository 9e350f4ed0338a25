/**
 * A payment message read into the parties and free-text fields that screening needs, whatever the
 * format it came in. Every value keeps where it was read (XML path or MT tag, with its line), so a
 * hit can be shown to the operator at the place it came from.
 * @module
 */

export type PaymentFormat = 'pacs.008' | 'pain.001' | 'mt103';

/**
 * A party's part in the payment. ISO 20022 element names are used where MT103 has the same role
 * (50a ordering customer = debtor, 57a account with institution = creditor agent, 56a intermediary
 * = intermediary agent 1); MT-only roles keep their MT name.
 */
export type PartyRole =
  | 'debtor' | 'creditor' | 'ultimateDebtor' | 'ultimateCreditor' | 'initiatingParty'
  | 'debtorAgent' | 'creditorAgent' | 'intermediaryAgent1' | 'intermediaryAgent2' | 'intermediaryAgent3'
  | 'instructingAgent' | 'instructedAgent' | 'previousInstructingAgent1' | 'previousInstructingAgent2' | 'previousInstructingAgent3'
  | 'forwardingAgent' | 'invoicer' | 'invoicee'
  | 'sender' | 'receiver' | 'orderingInstitution' | 'sendersCorrespondent' | 'receiversCorrespondent' | 'thirdReimbursementInstitution';

/** Where a value was read: an XML element path (`/Document/.../Cdtr/Nm`) or an MT tag. */
export type FieldLocation =
  | { kind: 'xml'; path: string; line: number }
  | { kind: 'mt'; tag: string; line: number };

/** The FtM schema a party is screened as: agents are banks, a private id makes a person. */
export type PartySchema = 'Person' | 'Organization' | 'LegalEntity';

/**
 * An identifier as the message gives it, by scheme: an ISO 20022 or MT103 50F code (`TXID`, `CUST`,
 * `NIDN`, `CCPT`), a clearing system, `customerNumber` (50F line 6), `accountName` (the name an
 * account is held under, screened as another name of the party), or `other`.
 */
export interface PartyIdentifier {
  scheme: string;
  value: string;
  issuer?: string;
  location: FieldLocation;
}

export interface PaymentParty {
  role: PartyRole;
  /** Where the party's element or field starts. */
  location: FieldLocation;
  schema: PartySchema;
  name?: string;
  /**
   * The name line run on into the next one, when the name line is full (MT103 options D, K and
   * 59): SWIFT lines hold 35 characters and wrap inside a word as often as between two. Joined
   * without and with a space; screened as other names of the party, for the next line may as well
   * be the address.
   */
  continuedName?: [string, string];
  bic?: string;
  lei?: string;
  /** IBAN or other account number. */
  account?: string;
  addressLines: string[];
  /** ISO 3166 alpha-2, lower case (as FtM stores countries). */
  country?: string;
  countryOfResidence?: string;
  birthDate?: string;
  birthPlace?: string;
  birthCountry?: string;
  identifiers: PartyIdentifier[];
  /** Where each of the values above was read, by property name (`name`, `bic`, `country`, ...). */
  fields: Partial<Record<PartyField, FieldLocation>>;
}

export type PartyField = 'name' | 'bic' | 'lei' | 'account' | 'address' | 'country' | 'countryOfResidence' | 'birthDate' | 'birthPlace' | 'birthCountry';

/** Free text that travels with the payment and may name anybody: remittance information, instructions. */
export interface PaymentText {
  /** `RmtInf/Ustrd`, `RmtInf/Strd/AddtlRmtInf`, `InstrForCdtrAgt/InstrInf`, `:70:`, `:72:`, `:77B:`. */
  field: string;
  text: string;
  location: FieldLocation;
}

/** A country that a field names outside a party (MT103 :77B: /BENEFRES/ and /ORDERRES/). */
export interface PaymentCountry {
  field: string;
  country: string;
  location: FieldLocation;
}

export interface PaymentMessage {
  format: PaymentFormat;
  /** The message type as written: the XML namespace (`pacs.008.001.08`) or `MT103`. */
  messageType: string;
  /** GrpHdr/MsgId, or MT :20: (sender's reference). */
  messageId: string;
  parties: PaymentParty[];
  texts: PaymentText[];
  countries: PaymentCountry[];
}

/** What makes a message unreadable (an error) or partly read (a warning); each names where. */
export type PaymentIssue =
  | { code: 'empty'; message: string }
  | { code: 'unknown-format'; message: string }
  | { code: 'not-xml'; line: number; column: number; message: string }
  | { code: 'unknown-message-type'; found: string; location: FieldLocation; message: string }
  | { code: 'missing-field'; field: string; location: FieldLocation; message: string }
  | { code: 'bad-value'; field: string; value: string; location: FieldLocation; message: string }
  | { code: 'mt-block-not-closed'; block: string; line: number; message: string }
  | { code: 'mt-syntax'; line: number; message: string }
  | { code: 'unknown-field'; field: string; location: FieldLocation; message: string };

/** A parse either gives the message or the errors; warnings come with both. */
export type PaymentParseResult =
  | { ok: true; message: PaymentMessage; warnings: PaymentIssue[]; errors?: never }
  | { ok: false; errors: PaymentIssue[]; warnings: PaymentIssue[]; message?: never };

/** `/Document/X/Cdtr/Nm` (line 12) or `:59: (line 9)`, for error messages and tables. */
export function describeLocation(location: FieldLocation): string {
  return location.kind === 'xml' ? `${location.path} (line ${location.line})` : `${location.tag} (line ${location.line})`;
}
