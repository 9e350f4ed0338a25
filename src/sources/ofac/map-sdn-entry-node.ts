import { child, children, childText, type XmlNode } from '../read/xml-records.js';
import type { ParseContext } from '../types.js';
import type { OfacAlias, OfacEntry, OfacPartyType } from './map-ofac-entry.js';
import { parseRemarkClauses, splitRemarks } from './parse-remarks.js';

const PARTY_TYPES: Record<string, OfacPartyType> = { individual: 'individual', entity: 'entity', vessel: 'vessel', aircraft: 'aircraft' };
const AKA_KINDS: Record<string, OfacAlias['kind']> = { 'a.k.a.': 'aka', 'f.k.a.': 'fka', 'n.k.a.': 'nka' };

/** `LAST, First` as the CSV set and OFAC's search write a name held in two fields. */
function listedName(node: XmlNode): string | undefined {
  const last = childText(node, 'lastName');
  const first = childText(node, 'firstName');
  if (!last) return first;
  return first ? `${last}, ${first}` : last;
}

function listItems(node: XmlNode, list: string, item: string): XmlNode[] {
  const found = child(node, list);
  return found ? children(found, item) : [];
}

/**
 * One SDN.XML `<sdnEntry>` as an OfacEntry. SDN.XML states as fields what the CSV set writes in
 * Remarks (ids, dates and places of birth, nationalities); they are written back as remark clauses
 * (`Passport 123 (Russia)`, `DOB 01 Jun 1961`) so that one reader maps both formats.
 * Undefined (and reported) when the entry has no uid or no name.
 */
export function mapSdnEntryNode(node: XmlNode, file: string, ctx: ParseContext): OfacEntry | undefined {
  const entNum = childText(node, 'uid');
  if (!entNum) {
    ctx.issue({ code: 'missing-field', file, line: node.line, field: 'uid' });
    return undefined;
  }
  const name = listedName(node);
  if (!name) {
    ctx.issue({ code: 'missing-field', file, line: node.line, field: 'lastName' });
    return undefined;
  }
  const sdnType = childText(node, 'sdnType') ?? '';
  let partyType = PARTY_TYPES[sdnType.toLowerCase()];
  if (!partyType) {
    ctx.issue({ code: 'bad-value', file, line: node.line, field: 'sdnType', value: sdnType, message: 'not Individual, Entity, Vessel or Aircraft' });
    partyType = 'entity';
  }
  const vesselInfo = child(node, 'vesselInfo');
  return {
    entNum,
    name,
    firstName: partyType === 'individual' ? childText(node, 'firstName') : undefined,
    lastName: partyType === 'individual' ? childText(node, 'lastName') : undefined,
    partyType,
    programs: listItems(node, 'programList', 'program').map((p) => p.text.trim()).filter((p) => p !== ''),
    title: childText(node, 'title'),
    vessel: vesselInfo && {
      callSign: childText(vesselInfo, 'callSign'),
      vesselType: childText(vesselInfo, 'vesselType'),
      tonnage: childText(vesselInfo, 'tonnage'),
      grossRegisteredTonnage: childText(vesselInfo, 'grossRegisteredTonnage'),
      flag: childText(vesselInfo, 'vesselFlag'),
      owner: childText(vesselInfo, 'vesselOwner'),
    },
    aliases: mapAkas(node, file, ctx),
    addresses: listItems(node, 'addressList', 'address').map((a) => {
      const city = [childText(a, 'city'), childText(a, 'stateOrProvince')].filter((p) => p !== undefined).join(', ');
      const cityLine = [city, childText(a, 'postalCode')].filter((p) => p !== undefined && p !== '').join(' ');
      const lines = [childText(a, 'address1'), childText(a, 'address2'), childText(a, 'address3'), cityLine];
      return { lines: lines.filter((l): l is string => l !== undefined && l !== ''), country: childText(a, 'country') };
    }),
    remarks: parseRemarkClauses([...fieldClauses(node), ...splitRemarks(childText(node, 'remarks') ?? '')]),
  };
}

function mapAkas(node: XmlNode, file: string, ctx: ParseContext): OfacAlias[] {
  const aliases: OfacAlias[] = [];
  for (const aka of listItems(node, 'akaList', 'aka')) {
    const name = listedName(aka);
    const type = childText(aka, 'type') ?? 'a.k.a.';
    const kind = AKA_KINDS[type.toLowerCase()];
    if (!name || !kind) {
      ctx.issue({ code: 'bad-value', file, line: aka.line, field: kind ? 'aka/lastName' : 'aka/type', value: (kind ? name : type) ?? '', message: 'not an alias' });
      continue;
    }
    aliases.push({ kind, name, weak: childText(aka, 'category')?.toLowerCase() === 'weak' });
  }
  return aliases;
}

/** The entry's structured fields as the remark clauses the CSV set would hold. */
function fieldClauses(node: XmlNode): string[] {
  const clauses: string[] = [];
  for (const id of listItems(node, 'idList', 'id')) {
    const type = childText(id, 'idType');
    const number = childText(id, 'idNumber');
    const country = childText(id, 'idCountry');
    if (type && number) clauses.push(`${type} ${number}${country ? ` (${country})` : ''}`);
  }
  for (const item of listItems(node, 'dateOfBirthList', 'dateOfBirthItem')) clauses.push(`DOB ${childText(item, 'dateOfBirth') ?? ''}`);
  for (const item of listItems(node, 'placeOfBirthList', 'placeOfBirthItem')) clauses.push(`POB ${childText(item, 'placeOfBirth') ?? ''}`);
  for (const item of listItems(node, 'nationalityList', 'nationality')) clauses.push(`nationality ${childText(item, 'country') ?? ''}`);
  for (const item of listItems(node, 'citizenshipList', 'citizenship')) clauses.push(`citizen ${childText(item, 'country') ?? ''}`);
  return clauses;
}
