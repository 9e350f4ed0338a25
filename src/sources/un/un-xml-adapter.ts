import { child, childText, readXmlRecords, type XmlNode } from '../read/xml-records.js';
import { SourceParseError, type ParseContext, type SourceAdapter, type SourceRecord } from '../types.js';
import { UnLinkCollector } from './collect-un-links.js';
import { mapUnParty, unPartyId } from './map-un-party.js';
import { mapUnSanction } from './map-un-sanction.js';
import { unRegimeCode } from './parse-un-reference.js';

const ROOT = 'CONSOLIDATED_LIST';
const RECORD_NAMES: ReadonlySet<string> = new Set(['INDIVIDUAL', 'ENTITY']);

/** Fails unless the file is a UN consolidated list; reports its dateGenerated as the publication date. */
function acceptRoot(root: XmlNode | undefined, file: string, ctx: ParseContext): void {
  if (root?.name !== ROOT) {
    throw new SourceParseError({ code: 'malformed', file, line: root?.line ?? 1, message: `not a UN consolidated list (root ${root?.name ?? 'none'})` });
  }
  const generated = root.attrs['dateGenerated'];
  if (generated === undefined) ctx.issue({ code: 'missing-field', file, line: root.line, field: 'dateGenerated' });
  else if (/^\d{4}-\d{2}-\d{2}/.test(generated) && !Number.isNaN(Date.parse(generated))) ctx.published(generated);
  else ctx.issue({ code: 'bad-value', file, line: root.line, field: 'dateGenerated', value: generated, message: 'not a date-time' });
}

/**
 * The UN Security Council Consolidated List (consolidated.xml): one INDIVIDUAL or ENTITY per listed
 * party, each read into a party, its Sanction, and links to the parties its comments cite.
 */
export const unXmlAdapter: SourceAdapter = {
  format: 'un-xml',
  title: 'UN Security Council Consolidated List',
  companionFiles: () => [],
  async *read(path: string, ctx: ParseContext): AsyncGenerator<SourceRecord> {
    const root: { node?: XmlNode } = {};
    let rootAccepted = false;
    const seen = new Set<string>();
    const links = new UnLinkCollector();
    for await (const record of readXmlRecords(path, ctx, RECORD_NAMES, (node) => (root.node = node))) {
      if (!rootAccepted) {
        acceptRoot(root.node, path, ctx);
        rootAccepted = true;
      }
      const reference = childText(record, 'REFERENCE_NUMBER');
      if (reference === undefined) {
        ctx.issue({ code: 'missing-field', file: path, line: record.line, field: 'REFERENCE_NUMBER' });
        continue;
      }
      if (seen.has(reference)) {
        ctx.issue({ code: 'duplicate-id', file: path, line: record.line, id: unPartyId(reference) });
        continue;
      }
      seen.add(reference);
      if (unRegimeCode(reference) === undefined) {
        ctx.issue({ code: 'bad-value', file: path, line: record.line, field: 'REFERENCE_NUMBER', value: reference, message: 'not a UN reference number such as QDi.430' });
      }
      const party = mapUnParty(record, reference, path, ctx);
      if (!party) continue;
      links.addParty(reference, childText(record, 'COMMENTS1'), child(record, 'COMMENTS1')?.line ?? record.line);
      yield { op: 'put', entity: party };
      yield { op: 'put', entity: mapUnSanction(record, party.id, reference, path, ctx) };
    }
    if (!rootAccepted) {
      acceptRoot(root.node, path, ctx);
      throw new SourceParseError({ code: 'malformed', file: path, line: root.node?.line ?? 1, message: 'the list holds no INDIVIDUAL or ENTITY' });
    }
    for (const link of links.links(path, ctx)) yield { op: 'put', entity: link };
  },
};
