import { readXmlRecords } from '../read/xml-records.js';
import type { ParseContext, SourceAdapter, SourceRecord } from '../types.js';
import { mapFsfEntity } from './map-fsf-entity.js';

const RECORDS = new Set(['sanctionEntity']);

/** The EU Financial Sanctions File, XML 1.1 (`xmlFullSanctionsList_1_1`), one `<sanctionEntity>` per listing. */
export const euFsfXmlAdapter: SourceAdapter = {
  format: 'eu-fsf-xml',
  title: 'EU Financial Sanctions File (consolidated list, XML 1.1)',
  companionFiles: () => [],
  read: readFsf,
};

async function* readFsf(path: string, ctx: ParseContext): AsyncGenerator<SourceRecord> {
  const onRoot = (root: { attrs: Record<string, string> }): void => {
    const generated = root.attrs['generationDate']?.trim();
    if (generated) ctx.published(generated);
  };
  for await (const node of readXmlRecords(path, ctx, RECORDS, onRoot)) {
    for (const entity of mapFsfEntity(node, { file: path, ctx })) yield { op: 'put', entity };
  }
}
