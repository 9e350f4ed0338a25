import { countryCode, entityId, isoDate, parseDate, PropertyBag, type SchemaName, type SourceEntity } from '../../model/index.js';
import { children, type XmlNode } from '../read/xml-records.js';
import type { ParseContext } from '../types.js';

const SUBJECT_SCHEMA: Record<string, SchemaName> = { person: 'Person', enterprise: 'Organization' };
// FSF identificationTypeCode -> FtM property; other document types are national ids.
const ID_PROPERTY: Record<string, string> = {
  passport: 'passportNumber', id: 'idNumber', regnumber: 'registrationNumber', tin: 'taxNumber',
  fiscalcode: 'taxNumber', swiftbic: 'swiftBic', imo: 'imoNumber',
};
const GENDER: Record<string, string> = { M: 'male', F: 'female' };
// FSF writes `00` / `UNKNOWN` where the country is not known.
const UNKNOWN_COUNTRY = '00';

interface Where {
  file: string;
  ctx: ParseContext;
}

/**
 * One `<sanctionEntity>` of the EU Financial Sanctions File (XML 1.1) as an FtM party and its
 * Sanction. Returns nothing (after reporting why) when the entry has no logicalId or an unknown
 * subject type.
 */
export function mapFsfEntity(node: XmlNode, where: Where): SourceEntity[] {
  const { file, ctx } = where;
  const logicalId = node.attrs['logicalId']?.trim();
  if (!logicalId) {
    ctx.issue({ code: 'missing-field', file, line: node.line, field: 'logicalId' });
    return [];
  }
  const subject = children(node, 'subjectType')[0];
  const code = subject?.attrs['code'] ?? '';
  const schema = SUBJECT_SCHEMA[code];
  if (!schema) {
    ctx.issue({ code: 'bad-value', file, line: subject?.line ?? node.line, field: 'subjectType', value: code, message: 'not person or enterprise' });
    return [];
  }
  const id = entityId(`eu-fsf-${logicalId}`);
  const isPerson = schema === 'Person';
  const party = new PropertyBag().add('topics', 'sanction');
  addNames(party, node, isPerson);
  for (const c of children(node, 'citizenship')) {
    party.add(isPerson ? 'nationality' : 'country', nodeCountry(c));
  }
  if (isPerson) for (const b of children(node, 'birthdate')) addBirth(party, b, where);
  for (const i of children(node, 'identification')) {
    const prop = ID_PROPERTY[(i.attrs['identificationTypeCode'] ?? '').toLowerCase()] ?? 'idNumber';
    if (isPerson || prop !== 'passportNumber') party.add(prop, i.attrs['number'], i.attrs['latinNumber']);
  }
  for (const a of children(node, 'address')) {
    const { street, poBox, zipCode, city, region, place, countryDescription } = a.attrs;
    const country = countryDescription === 'UNKNOWN' ? undefined : countryDescription;
    const parts = [street, poBox, zipCode, city, region, place].map((p) => p?.trim()).filter((p) => p);
    // An address that is only a country says no more than `country` does.
    if (parts.length > 0) party.add('address', [...parts, country].filter((p) => p).join(', '));
    party.add('country', nodeCountry(a));
  }

  const sanction = new PropertyBag()
    .add('entity', id)
    .add('authority', 'European Union')
    .add('country', 'eu')
    .add('provisions', 'Asset freeze')
    .add('authorityId', node.attrs['euReferenceNumber'])
    .add('unscId', node.attrs['unitedNationId'])
    .add('reason', node.attrs['designationDetails'], ...children(node, 'remark').map((r) => r.text));
  const entryDates: string[] = [];
  for (const r of children(node, 'regulation')) {
    party.add('program', r.attrs['programme']);
    sanction.add('program', r.attrs['programme']);
    sanction.add('sourceUrl', ...children(r, 'publicationUrl').map((u) => u.text));
    const entry = r.attrs['entryIntoForceDate']?.trim();
    if (!entry) continue;
    const date = parseDate(entry);
    if (date) entryDates.push(date);
    else ctx.issue({ code: 'bad-date', file, line: r.line, field: 'entryIntoForceDate', value: entry });
  }
  // The first regulation that named the entry put it on the list; later ones amend it.
  const first = entryDates.sort()[0];
  sanction.add('startDate', first).add('listingDate', parseDate(node.attrs['designationDate'] ?? '') ?? first);
  return [
    { id, schema, properties: party.toProperties(), target: true },
    { id: entityId(`${id}-sanction`), schema: 'Sanction', properties: sanction.toProperties(), target: false },
  ];
}

/** The first strong name is the name, other strong ones aliases, weak ones (strong="false") weak aliases. */
function addNames(party: PropertyBag, node: XmlNode, isPerson: boolean): void {
  for (const n of children(node, 'nameAlias')) {
    const { firstName, middleName, lastName, wholeName, function: position, gender, title, strong } = n.attrs;
    const whole = wholeName?.trim() || [firstName, middleName, lastName].filter((p) => p?.trim()).join(' ');
    const prop = strong === 'false' ? 'weakAlias' : party.has('name') ? 'alias' : 'name';
    party.add(prop, whole);
    if (!isPerson) continue;
    party.add('firstName', firstName).add('middleName', middleName).add('lastName', lastName);
    party.add('position', position).add('title', title).add('gender', GENDER[gender ?? '']);
  }
}

function addBirth(party: PropertyBag, b: XmlNode, { file, ctx }: Where): void {
  const { birthdate, year, monthOfYear, dayOfMonth, city, region, place } = b.attrs;
  let date: string | null = null;
  if (birthdate?.trim()) {
    date = parseDate(birthdate);
    if (!date) ctx.issue({ code: 'bad-date', file, line: b.line, field: 'birthdate', value: birthdate });
  } else if (year?.trim()) {
    date = isoDate(Number(year), monthOfYear ? Number(monthOfYear) : undefined, monthOfYear && dayOfMonth ? Number(dayOfMonth) : undefined);
    if (!date) ctx.issue({ code: 'bad-date', file, line: b.line, field: 'year', value: [year, monthOfYear, dayOfMonth].filter((p) => p).join('-') });
  }
  party.add('birthDate', date);
  party.add('birthPlace', [place, city, region].map((p) => p?.trim()).filter((p) => p).join(', '));
  party.add('birthCountry', nodeCountry(b));
}

/** The lower-case ISO code of an element's countryIso2Code (or its description), if known. */
function nodeCountry(node: XmlNode): string | undefined {
  const iso = node.attrs['countryIso2Code']?.trim().toLowerCase();
  if (iso && iso !== UNKNOWN_COUNTRY) return iso;
  const description = node.attrs['countryDescription']?.trim();
  return description && description !== 'UNKNOWN' ? countryCode(description) ?? description : undefined;
}
