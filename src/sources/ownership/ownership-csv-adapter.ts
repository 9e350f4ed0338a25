import { createHash } from 'node:crypto';
import { PropertyBag, entityId, type SourceEntity } from '../../model/index.js';
import type { SourceAdapter, SourceRecord } from '../types.js';
import { describeParty, readOwnershipRows, type OwnershipParty } from './read-ownership-rows.js';

/** The id of a party the file names rather than identifies: `own-<slug of the name>`. */
export function ownershipPartyId(name: string): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `own-${slug || createHash('sha1').update(name).digest('hex').slice(0, 12)}`;
}

function partyId(party: OwnershipParty): string {
  return party.kind === 'id' ? party.id : ownershipPartyId(party.name);
}

/**
 * User ownership data (`ownership-csv`): a CSV `owner,asset,percentage[,start,end]` whose owners
 * and assets are entity ids of loaded lists or names. Each row becomes an FtM Ownership; each name
 * becomes a party of this source (a Company when it is owned, else a LegalEntity), screened like
 * any other. A bad row rejects the whole file (see `readOwnershipRows`).
 */
export const ownershipCsvAdapter: SourceAdapter = {
  format: 'ownership-csv',
  title: 'Ownership data (CSV owner,asset,percentage[,start,end])',
  companionFiles: () => [],
  async *read(path, ctx): AsyncIterable<SourceRecord> {
    const rows = await readOwnershipRows(path, ctx);
    const named = new Map<string, { name: string; owned: boolean }>();
    for (const row of rows) {
      for (const [party, owned] of [[row.owner, false], [row.asset, true]] as const) {
        if (party.kind !== 'name') continue;
        const id = ownershipPartyId(party.name);
        const seen = named.get(id);
        named.set(id, { name: seen?.name ?? party.name, owned: (seen?.owned ?? false) || owned });
      }
    }
    for (const [id, { name, owned }] of named) {
      const entity: SourceEntity = {
        id: entityId(id),
        schema: owned ? 'Company' : 'LegalEntity',
        properties: new PropertyBag().add('name', name).toProperties(),
        target: false,
      };
      yield { op: 'put', entity };
    }
    for (const row of rows) {
      const owner = partyId(row.owner);
      const asset = partyId(row.asset);
      const key = [owner, asset, row.startDate ?? '', row.endDate ?? ''].join('\u0000');
      const properties = new PropertyBag()
        .add('owner', owner)
        .add('asset', asset)
        .add('percentage', String(row.percentage))
        .add('startDate', row.startDate)
        .add('endDate', row.endDate)
        .add('summary', `${describeParty(row.owner)} owns ${row.percentage}% of ${describeParty(row.asset)}`)
        .toProperties();
      yield {
        op: 'put',
        entity: { id: entityId(`own-rel-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`), schema: 'Ownership', properties, target: false },
      };
    }
  },
};
