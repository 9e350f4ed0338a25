import { isoDate } from '../../model/index.js';
import { childText, readXmlRecords } from '../read/xml-records.js';
import type { ParseContext, SourceAdapter, SourceRecord } from '../types.js';
import { mapSdnEntryNode } from './map-sdn-entry-node.js';
import { OfacEntrySink } from './ofac-entry-sink.js';

const RECORDS = new Set(['publshInformation', 'sdnEntry']);

/**
 * OFAC's SDN.XML (root `<sdnList>`, in the sanctionslistservice or the older tempuri.org
 * namespace), mapped to the same entities and ids as the CSV set.
 */
export const ofacXmlAdapter: SourceAdapter = {
  format: 'ofac-xml',
  title: 'OFAC SDN list (SDN.XML)',
  companionFiles: () => [],
  read: readOfacXml,
};

async function* readOfacXml(path: string, ctx: ParseContext): AsyncGenerator<SourceRecord> {
  const sink = new OfacEntrySink('sdn', ctx);
  for await (const node of readXmlRecords(path, ctx, RECORDS)) {
    if (node.name === 'publshInformation') {
      reportPublished(node.line, childText(node, 'Publish_Date'), path, ctx);
      continue;
    }
    const entry = mapSdnEntryNode(node, path, ctx);
    if (entry) yield* sink.put(entry, path, node.line);
  }
  yield* sink.finish();
}

/** Publish_Date is US-style MM/DD/YYYY. */
function reportPublished(line: number, text: string | undefined, file: string, ctx: ParseContext): void {
  if (text === undefined) return;
  const m = text.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  const date = m ? isoDate(Number(m[3]), Number(m[1]), Number(m[2])) : null;
  if (date) ctx.published(date);
  else ctx.issue({ code: 'bad-date', file, line, field: 'Publish_Date', value: text });
}
