/**
 * FollowTheMoney schemata that Vigil stores. Names and properties follow FtM exactly so that
 * OpenSanctions data and yente clients need no translation.
 * @module
 */

/** Parties a screener matches against (FtM "Thing" descendants with names). */
export const PARTY_SCHEMATA = [
  'Thing', 'LegalEntity', 'Person', 'Organization', 'Company', 'PublicBody',
  'Vessel', 'Airplane', 'Vehicle', 'CryptoWallet', 'Security', 'Asset',
] as const;

/** Links between two entities (FtM "Interval" edges). */
export const RELATION_SCHEMATA = [
  'Ownership', 'Directorship', 'UnknownLink', 'Family', 'Associate', 'Membership',
  'Employment', 'Representation', 'Succession', 'Occupancy',
] as const;

/** Records about a party that are not parties themselves. */
export const RECORD_SCHEMATA = [
  'Sanction', 'Address', 'Identification', 'Passport', 'Payment', 'Position',
  'BankAccount', 'Note', 'Debt', 'Event', 'Mention',
] as const;

export type PartySchema = (typeof PARTY_SCHEMATA)[number];
export type RelationSchema = (typeof RELATION_SCHEMATA)[number];
export type RecordSchema = (typeof RECORD_SCHEMATA)[number];
export type SchemaName = PartySchema | RelationSchema | RecordSchema;

const ALL = new Set<string>([...PARTY_SCHEMATA, ...RELATION_SCHEMATA, ...RECORD_SCHEMATA]);
const PARTIES = new Set<string>(PARTY_SCHEMATA);
const RELATIONS = new Set<string>(RELATION_SCHEMATA);

export function isSchemaName(value: string): value is SchemaName {
  return ALL.has(value);
}

export function isPartySchema(schema: SchemaName): schema is PartySchema {
  return PARTIES.has(schema);
}

export function isRelationSchema(schema: SchemaName): schema is RelationSchema {
  return RELATIONS.has(schema);
}

/**
 * The two entity-valued properties of each relation, source side first, as FtM defines them
 * (Ownership: owner -> asset, Family: person -> relative, ...).
 */
export const RELATION_ENDS: Record<RelationSchema, readonly [string, string]> = {
  Ownership: ['owner', 'asset'],
  Directorship: ['director', 'organization'],
  UnknownLink: ['subject', 'object'],
  Family: ['person', 'relative'],
  Associate: ['person', 'associate'],
  Membership: ['member', 'organization'],
  Employment: ['employee', 'employer'],
  Representation: ['agent', 'client'],
  Succession: ['predecessor', 'successor'],
  Occupancy: ['holder', 'post'],
};

/** Entity-valued properties of non-relation records (Sanction.entity, Address of a party, ...). */
export const ENTITY_REF_PROPERTIES = new Set<string>([
  'entity', 'holder', 'addressEntity', 'payer', 'beneficiary', 'parent', 'subsidiaries',
  ...Object.values(RELATION_ENDS).flat(),
]);
