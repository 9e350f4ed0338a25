import { countryCode, entityId, PropertyBag, type EntityId, type SchemaName, type SourceEntity } from '../../model/index.js';
import type { RemarkFacts } from './parse-remarks.js';

/**
 * One OFAC listing as both formats state it (legacy CSV set or SDN.XML), and its mapping to FtM:
 * the party, its Sanction and its crypto wallets. Both adapters build an OfacEntry and map it here,
 * so the two formats give the same entities and ids.
 * @module
 */

/** The SDN list, or the consolidated non-SDN lists (SSI, NS-PLC, NS-MBS, CMIC, CAPTA). */
export type OfacList = 'sdn' | 'consolidated';

export type OfacPartyType = 'individual' | 'entity' | 'vessel' | 'aircraft';

export interface OfacAlias {
  kind: 'aka' | 'fka' | 'nka';
  name: string;
  /** SDN.XML's `category` weak: a short or generic name OFAC gives low weight. */
  weak: boolean;
}

export interface OfacAddress {
  /** Street, city and postal lines as listed, without the country. */
  lines: string[];
  country: string | undefined;
}

export interface OfacVessel {
  callSign: string | undefined;
  vesselType: string | undefined;
  tonnage: string | undefined;
  grossRegisteredTonnage: string | undefined;
  flag: string | undefined;
  owner: string | undefined;
}

export interface OfacEntry {
  entNum: string;
  /** As OFAC lists it: `PRIGOZHIN, Yevgeniy Viktorovich` (last name first) or `PMC WAGNER`. */
  name: string;
  firstName: string | undefined;
  lastName: string | undefined;
  partyType: OfacPartyType;
  programs: string[];
  title: string | undefined;
  vessel: OfacVessel | undefined;
  aliases: OfacAlias[];
  addresses: OfacAddress[];
  remarks: RemarkFacts;
}

export const OFAC_AUTHORITY = 'Office of Foreign Assets Control';

const SCHEMA_OF: Record<OfacPartyType, SchemaName> = {
  individual: 'Person',
  entity: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Airplane',
};

/** Which consolidated (non-SDN) list a programme puts a party on; the first match wins. */
const CONSOLIDATED_LISTS: [string, string][] = [
  ['NS-PLC', 'Non-SDN Palestinian Legislative Council List'],
  ['CMIC-EO13959', 'Non-SDN Chinese Military-Industrial Complex Companies List'],
  ['561-Related', 'Correspondent Account or Payable-Through Account Sanctions (CAPTA) List'],
  ['UKRAINE-EO13662', 'Sectoral Sanctions Identifications (SSI) List'],
];
const MENU_BASED_LIST = 'Non-SDN Menu-Based Sanctions (NS-MBS) List';

export function ofacPartyId(entNum: string): EntityId {
  return entityId(`ofac-${entNum}`);
}

/** Splits `LAST, First Middle` at its first comma; a name without one is not split. */
export function splitListedName(name: string): { lastName: string | undefined; firstName: string | undefined } {
  const i = name.indexOf(', ');
  if (i < 0) return { lastName: undefined, firstName: undefined };
  return { lastName: name.slice(0, i), firstName: name.slice(i + 2) };
}

/** The party, its Sanction, then one CryptoWallet per listed address. */
export function mapOfacEntry(entry: OfacEntry, list: OfacList): SourceEntity[] {
  const partyId = ofacPartyId(entry.entNum);
  const schema = SCHEMA_OF[entry.partyType];
  const party = new PropertyBag().add('name', entry.name);
  if (schema === 'Person') party.add('firstName', entry.firstName).add('lastName', entry.lastName).add('position', entry.title);
  else party.add('notes', entry.title);
  for (const alias of entry.aliases) {
    const prop = alias.kind === 'fka' ? 'previousName' : alias.weak ? 'weakAlias' : 'alias';
    party.add(prop, alias.name);
  }
  party.add('topics', 'sanction').add('program', ...entry.programs);
  if (entry.vessel) addVessel(party, entry.vessel);
  for (const address of entry.addresses) {
    party.add('address', [...address.lines, address.country].filter((p) => p !== undefined && p.trim() !== '').join(', '));
    if (address.country) party.add('country', countryCode(address.country) ?? address.country);
  }
  for (const [prop, values] of Object.entries(entry.remarks.properties)) party.add(prop, ...values);

  const sanction = new PropertyBag()
    .add('entity', partyId)
    .add('authority', OFAC_AUTHORITY)
    .add('country', 'us')
    .add('program', ...entry.programs)
    .add('provisions', list === 'sdn' ? 'Block' : consolidatedListOf(entry.programs))
    .add('sourceUrl', `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${entry.entNum}`);

  const entities: SourceEntity[] = [
    { id: partyId, schema, properties: party.toProperties(), target: true },
    { id: entityId(`${partyId}-sanction`), schema: 'Sanction', properties: sanction.toProperties(), target: false },
  ];
  for (const wallet of entry.remarks.wallets) {
    const properties = new PropertyBag()
      .add('publicKey', wallet.publicKey)
      .add('currency', wallet.currency)
      .add('holder', partyId)
      .toProperties();
    entities.push({ id: entityId(`${partyId}-wallet-${wallet.publicKey}`), schema: 'CryptoWallet', properties, target: false });
  }
  return entities;
}

function addVessel(party: PropertyBag, vessel: OfacVessel): void {
  party
    .add('callSign', vessel.callSign)
    .add('type', vessel.vesselType)
    // "318,000": FtM numbers carry no thousands separators.
    .add('tonnage', vessel.tonnage?.replace(/,/g, ''))
    .add('grossRegisteredTonnage', vessel.grossRegisteredTonnage?.replace(/,/g, ''))
    .add('flag', vessel.flag ? (countryCode(vessel.flag) ?? vessel.flag) : undefined)
    .add('notes', vessel.owner ? `Vessel owner: ${vessel.owner}` : undefined);
}

function consolidatedListOf(programs: readonly string[]): string {
  return CONSOLIDATED_LISTS.find(([program]) => programs.includes(program))?.[1] ?? MENU_BASED_LIST;
}
