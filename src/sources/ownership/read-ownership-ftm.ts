import { isPartySchema, type SourceEntity } from '../../model/index.js';
import { isJsonObject, parseFtmEntity } from '../ftm/parse-ftm-entity.js';
import { readJsonLines } from '../ftm/read-json-lines.js';
import type { ParseContext } from '../types.js';
import { HoldingChecks, type CheckedHolding } from './check-holdings.js';

/** A checked Ownership record and the parties its owner and asset name (entity ids). */
export interface FtmHolding extends CheckedHolding {
  owner: string;
}

export interface OwnershipFtm {
  /** The Ownership records and the parties of the file, as they will be stored. */
  entities: SourceEntity[];
  holdings: FtmHolding[];
}

const first = (entity: SourceEntity, prop: string): string => entity.properties[prop]?.[0] ?? '';

/**
 * Reads and checks a whole FtM JSON-lines ownership file before anything is imported: each line an
 * Ownership entity (`owner`, `asset`, `percentage`, `startDate`, `endDate`) or a party it names
 * (Person, Company, Organization, LegalEntity, ...). A line that is not JSON, not such an entity,
 * or fails the checks of the CSV form (see `HoldingChecks`; the percentage may be left out) is
 * reported with its line, and then the whole file is rejected. The parties are the user's own:
 * stored as non-targets, whatever the file says, so that they never count as listed.
 */
export async function readOwnershipFtm(path: string, ctx: ParseContext): Promise<OwnershipFtm> {
  const checks = new HoldingChecks(path, ctx);
  const report: ParseContext = { ...ctx, issue: (issue) => checks.report(issue) };
  const entities: SourceEntity[] = [];
  const holdings: FtmHolding[] = [];
  const seen = new Set<string>();
  for await (const { line, text } of readJsonLines(path, report)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      checks.report({ code: 'malformed', file: path, line, message: `not JSON: ${(error as Error).message}` });
      continue;
    }
    if (!isJsonObject(value)) {
      checks.report({ code: 'malformed', file: path, line, message: 'not a JSON object' });
      continue;
    }
    const entity = parseFtmEntity(value, { file: path, line }, report);
    if (!entity) continue;
    if (seen.has(entity.id)) {
      checks.report({ code: 'duplicate-id', file: path, line, id: entity.id });
      continue;
    }
    seen.add(entity.id);
    if (entity.schema === 'Ownership') {
      const field = (name: string, prop: string): [string, string] => [`properties.${name}`, first(entity, prop)];
      const facts = checks.holding(line, {
        owner: field('owner', 'owner'), asset: field('asset', 'asset'), percentage: field('percentage', 'percentage'),
        start: field('startDate', 'startDate'), end: field('endDate', 'endDate'),
      }, { percentageOptional: true });
      if (!facts) continue;
      holdings.push({ line, owner: first(entity, 'owner'), asset: first(entity, 'asset'), ...facts });
    } else if (!isPartySchema(entity.schema)) {
      checks.report({ code: 'bad-value', file: path, line, field: 'schema', value: entity.schema, message: `${entity.id}: ownership data holds Ownership entities and the parties they name` });
      continue;
    }
    entities.push({ ...entity, target: false });
  }
  checks.totals(holdings, 'properties.percentage');
  checks.finish();
  return { entities, holdings };
}
