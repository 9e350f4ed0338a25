import { entityId, PropertyBag, type EntityId, type SourceEntity } from '../../model/index.js';
import { UK_REGIME_NAMES, ukRegimePrefix } from './uk-regimes.js';
import type { UkCountryKind, UkDesignation, UkIdentifier, UkName } from './uk-designation.js';

const AUTHORITY = 'Foreign, Commonwealth and Development Office';
const SOURCE_URL = 'https://www.gov.uk/government/publications/the-uk-sanctions-list';

const COUNTRY_PROPS: Readonly<Record<UkCountryKind, string>> = {
  birth: 'birthCountry',
  nationality: 'nationality',
  address: 'country',
  flag: 'flag',
  pastFlag: 'pastFlags',
};

/** The party id of a Unique ID: the same in both UK formats, so a user can switch between them. */
export function ukPartyId(uniqueId: string): EntityId {
  return entityId(`gb-${uniqueId}`);
}

/** The listed party and its Sanction. */
export function mapUkDesignation(d: UkDesignation): SourceEntity[] {
  const id = ukPartyId(d.uniqueId);
  const prefix = ukRegimePrefix(d.uniqueId);
  const party = new PropertyBag();
  for (const name of d.names) addName(party, d, name);
  party.add('alias', ...d.nonLatinNames);
  party.add('birthDate', ...d.birthDates);
  for (const country of d.countries) party.add(COUNTRY_PROPS[country.kind], country.value);
  for (const identifier of d.identifiers) party.add(identifierProperty(identifier), identifierValue(identifier));
  party.add('topics', 'sanction');
  party.add('program', prefix);
  if (d.ofsiGroupId) party.add('notes', `OFSI group ID ${d.ofsiGroupId}`);
  for (const [prop, values] of Object.entries(d.details.toProperties())) party.add(prop, ...values);

  const sanction = new PropertyBag()
    .add('entity', id)
    .add('authority', AUTHORITY)
    .add('authorityId', d.ofsiGroupId)
    .add('country', 'gb')
    .add('program', prefix)
    .add('summary', d.regimeName ?? UK_REGIME_NAMES[prefix])
    .add('listingDate', d.dateDesignated)
    .add('modifiedAt', d.lastUpdated)
    .add('unscId', d.unReference)
    .add('provisions', ...d.sanctionsImposed)
    .add('reason', ...d.statementsOfReasons)
    .add('sourceUrl', SOURCE_URL);

  return [
    { id, schema: d.schema, properties: party.toProperties(), target: true },
    { id: entityId(`${id}-sanction`), schema: 'Sanction', properties: sanction.toProperties(), target: false },
  ];
}

function addName(party: PropertyBag, d: UkDesignation, name: UkName): void {
  const full = name.fullName || [...name.givenNames, name.surname].join(' ');
  if (name.type !== 'primary') {
    party.add(name.weak ? 'weakAlias' : 'alias', full);
    return;
  }
  party.add('name', full);
  if (d.schema !== 'Person') return;
  const [first, ...middle] = name.givenNames.filter((n) => n.trim() !== '');
  party.add('firstName', first);
  party.add('middleName', ...middle);
  party.add('lastName', name.surname);
}

/** National numbers noted as a Russian INN or a tax number go to their FtM properties. */
function identifierProperty({ kind, info }: UkIdentifier): string {
  switch (kind) {
    case 'passport': return 'passportNumber';
    case 'registration': return 'registrationNumber';
    case 'imo': return 'imoNumber';
    case 'national':
      if (/\bINN\b/.test(info)) return 'innCode';
      if (/\b(tax|taxpayer|TIN)\b/i.test(info)) return 'taxNumber';
      return 'idNumber';
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** IMO numbers as FtM writes them (`IMO9826902`); the list writes some without the prefix. */
function identifierValue({ kind, value }: UkIdentifier): string {
  const imo = kind === 'imo' ? /^\s*(?:IMO)?\s*(\d{7})\s*$/i.exec(value) : null;
  return imo ? `IMO${imo[1]}` : value;
}
