import type { ParseContext } from '../types.js';
import { splitListedName, type OfacAddress, type OfacAlias, type OfacEntry, type OfacPartyType } from './map-ofac-entry.js';
import { parseRemarks } from './parse-remarks.js';
import type { OfacRow } from './read-ofac-rows.js';

export const SDN_COLUMNS = [
  'ent_num', 'SDN_Name', 'SDN_Type', 'Program', 'Title', 'Call_Sign', 'Vess_type', 'Tonnage', 'GRT', 'Vess_flag', 'Vess_owner', 'Remarks',
] as const;

const PARTY_TYPES: Record<string, OfacPartyType> = { individual: 'individual', vessel: 'vessel', aircraft: 'aircraft' };

/** The companion rows of one entry (alt.csv, add.csv and the comments that continue Remarks). */
export interface SdnRowCompanions {
  aliases: OfacAlias[];
  addresses: OfacAddress[];
  comments: string;
}

/**
 * One sdn.csv (or cons_prim.csv) row with its companion rows, as an OfacEntry; undefined (and
 * reported) when the row has no name. An SDN_Type other than OFAC's three is reported and read as
 * an entity, which is what `-0-` means.
 */
export function mapSdnRow(row: OfacRow, companions: SdnRowCompanions, file: string, ctx: ParseContext): OfacEntry | undefined {
  const [, name, type, programs, title, callSign, vesselType, tonnage, grt, flag, owner, remarks] = row.fields;
  if (!name) {
    ctx.issue({ code: 'missing-field', file, line: row.line, field: 'SDN_Name' });
    return undefined;
  }
  let partyType: OfacPartyType = 'entity';
  if (type) {
    const known = PARTY_TYPES[type.toLowerCase()];
    if (known) partyType = known;
    else ctx.issue({ code: 'bad-value', file, line: row.line, field: 'SDN_Type', value: type, message: 'not individual, vessel or aircraft' });
  }
  const { lastName, firstName } = partyType === 'individual' ? splitListedName(name) : { lastName: undefined, firstName: undefined };
  const vessel = [callSign, vesselType, tonnage, grt, flag, owner].some((v) => v !== undefined)
    ? { callSign, vesselType, tonnage, grossRegisteredTonnage: grt, flag, owner }
    : undefined;
  return {
    entNum: row.entNum,
    name,
    firstName,
    lastName,
    partyType,
    programs: programs ? programs.split('] [').map((p) => p.trim()).filter((p) => p !== '') : [],
    title,
    vessel,
    aliases: companions.aliases,
    addresses: companions.addresses,
    remarks: parseRemarks(`${remarks ?? ''}${companions.comments}`),
  };
}
