import { createHash } from 'node:crypto';
import {
  countryCode, entityId, isPartySchema, isSchemaName, parseDate, PropertyBag,
  type EntityId, type PartySchema,
} from '../../model/index.js';
import type { ParseContext } from '../types.js';
import { codeJournalCountry } from './code-journal-country.js';
import { parseJournalDates } from './parse-journal-dates.js';
import { routeJournalIdentifier } from './route-journal-identifier.js';
import { splitJournalCell } from './split-journal-cell.js';

/** The FtM-named entity columns of FORMAT.md, besides `name` (the one scalar among them). */
const MULTI_VALUE_COLUMNS = [
  'alias', 'weakAlias', 'previousName', 'country', 'nationality', 'jurisdiction', 'birthDate',
  'birthPlace', 'position', 'passportNumber', 'gender', 'appearance', 'ethnicity', 'fatherName',
  'motherName', 'incorporationDate', 'legalForm', 'sector', 'registrationNumber', 'taxNumber',
  'idNumber', 'innCode', 'ogrnCode', 'kppCode', 'okpoCode', 'leiCode', 'swiftBic', 'ticker',
  'imoNumber', 'mmsi', 'flag', 'address', 'phone', 'email', 'website', 'notes',
] as const;
const COUNTRY_COLUMNS = new Set(['country', 'nationality', 'jurisdiction', 'flag']);
const DATE_COLUMNS = new Set(['birthDate', 'incorporationDate']);
const IDENTIFIER_COLUMNS = new Set(['registrationNumber', 'taxNumber', 'idNumber']);

/** A name that is only the qualifier the journal writes before a body's name ("So-called ‘Army of the Southeast’"). */
const BARE_QUALIFIER = /^so[\s-]called$/i;

const NAME_COLUMNS: ReadonlySet<string> = new Set(['alias', 'weakAlias', 'previousName']);
/** A word and a colon alone: the label of a script ("Chinese:", "Farsi:") or of a list ("branches:"), not a name. */
const LONE_LABEL = /^\p{L}+:$/u;
/** The alt text of an image that prints a name in its script, transcribed as a value. */
const IMAGE_TEXT = /^text of image$/i;
/** A label before a name: "aka: POSCO", "f.k.a.: NADA" (formerly known as: a previous name). */
const NAME_LABEL = /^(a\.?k\.?a|(f)\.?k\.?a)\.?\s*:\s*/i;

/**
 * Where a value of a name column goes, or undefined to drop it: the transcription of the Official
 * Journal leaves labels among the names (Hossein SHAMKHANI's aliases start "Farsi:; Text of image",
 * and "Farsi:" met a query "Faris" at 0.79).
 */
function journalNameValue(column: string, value: string): [string, string] | undefined {
  if (LONE_LABEL.test(value) || IMAGE_TEXT.test(value)) return undefined;
  const label = NAME_LABEL.exec(value);
  if (!label) return [column, value];
  const name = value.slice(label[0].length).trim();
  return name === '' ? undefined : [label[2] !== undefined ? 'previousName' : column, name];
}

/** One journal row: a party (with the framework act, annex and entry that identify it) and its sanction. */
export interface JournalRow {
  id: EntityId;
  schema: PartySchema;
  party: PropertyBag;
  sanction: PropertyBag;
}

export function celexUrl(celex: string): string {
  return `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`;
}

/**
 * Maps one row of a consolidated or amendment file to FtM properties. Returns undefined (after
 * reporting why) for a row that names no framework act, no name or an unknown schema.
 */
export function mapJournalRow(
  values: Record<string, string>,
  file: string,
  line: number,
  ctx: ParseContext,
): JournalRow | undefined {
  const celex = (values['amendedCelex'] ?? values['celex'] ?? '').trim();
  const name = (values['name'] ?? '').trim();
  const schemaText = (values['schema'] ?? '').trim();
  if (celex === '' || name === '') {
    const field = name === '' ? 'name' : 'amendedCelex' in values ? 'amendedCelex' : 'celex';
    ctx.issue({ code: 'missing-field', file, line, field });
    return undefined;
  }
  if (!isSchemaName(schemaText) || !isPartySchema(schemaText)) {
    ctx.issue({ code: 'bad-value', file, line, field: 'schema', value: schemaText, message: 'not an FtM party schema' });
    return undefined;
  }
  const id = journalEntityId(celex, values, schemaText, name);
  const programKey = (values['programKey'] ?? '').trim();

  // A name left as a bare "So-called" stands before the body's name, which the row gives as its first alias.
  const aliases = BARE_QUALIFIER.test(name) ? splitJournalCell(values['alias'] ?? '') : undefined;
  const ownName = aliases?.[0];
  const party = new PropertyBag().add('name', ownName ?? name).add('topics', 'sanction').add('program', programKey);
  for (const column of MULTI_VALUE_COLUMNS) {
    const cell = values[column] ?? '';
    if (cell.trim() === '') continue;
    const cellValues = splitJournalCell(cell);
    if (!cellValues) {
      ctx.issue({ code: 'bad-value', file, line, field: column, value: cell, message: 'broken quoting in a multi-value cell' });
      continue;
    }
    for (const value of column === 'alias' && ownName !== undefined ? cellValues.slice(1) : cellValues) {
      const placed: [string, string] | undefined = NAME_COLUMNS.has(column) ? journalNameValue(column, value) : [column, value];
      if (placed) addEntityValue(party, placed[0], placed[1], { file, line, ctx });
    }
  }

  const sanction = new PropertyBag()
    .add('entity', id)
    .add('authority', 'European Union')
    .add('country', 'eu')
    .add('program', programKey)
    .add('provisions', values['measure'])
    .add('reason', values['reason'])
    .add('sourceUrl', celexUrl(celex))
    .add('summary', values['annex'] ? `Annex ${values['annex'].trim()}` : undefined);
  const amendment = values['amendmentCelex']?.trim();
  if (amendment) sanction.add('sourceUrl', celexUrl(amendment));
  const startDate = (values['startDate'] ?? '').trim();
  if (startDate !== '') {
    const date = parseDate(startDate);
    if (date) sanction.add('startDate', date);
    else ctx.issue({ code: 'bad-date', file, line, field: 'startDate', value: startDate });
  }
  return { id, schema: schemaText, party, sanction };
}

/**
 * `eu-<framework CELEX>-<annex>-<recordId>`: entry numbers restart in each annex (32020R1998 entry 5
 * is a person in annex I.A and the Wagner Group in I.B), so the annex is part of the key. An entry
 * the act leaves unnumbered is keyed by a hash of its schema and name.
 */
function journalEntityId(celex: string, values: Record<string, string>, schema: string, name: string): EntityId {
  const recordId = (values['recordId'] ?? '').trim();
  const annex = (values['annex'] ?? '').trim();
  const entry = recordId !== '' ? recordId : createHash('sha1').update(`${schema}\n${name}`).digest('hex').slice(0, 10);
  return entityId(['eu', celex, annex, entry].filter((p) => p !== '').join('-'));
}

function addEntityValue(
  party: PropertyBag,
  column: string,
  value: string,
  where: { file: string; line: number; ctx: ParseContext },
): void {
  if (COUNTRY_COLUMNS.has(column)) {
    party.add(column, ...(codeJournalCountry(value) ?? [value]));
  } else if (DATE_COLUMNS.has(column)) {
    const { dates, complete } = parseJournalDates(value);
    party.add(column, ...dates);
    if (!complete) where.ctx.issue({ code: 'bad-date', file: where.file, line: where.line, field: column, value });
  } else if (IDENTIFIER_COLUMNS.has(column)) {
    const routed = routeJournalIdentifier(column, value);
    party.add(routed.prop, routed.value);
  } else if (column === 'gender') {
    party.add('gender', value.toLowerCase().replace(/\.$/, ''));
  } else if (column === 'address') {
    party.add('address', value);
    // The country usually closes the printed address: `..., Moscow, Russian Federation`.
    const last = value.split(',').pop()?.replace(/\(.*\)|\.$/g, '').trim() ?? '';
    party.add('country', countryCode(last));
  } else {
    party.add(column, value);
  }
}
