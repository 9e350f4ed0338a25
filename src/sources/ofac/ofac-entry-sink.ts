import { entityId, PropertyBag } from '../../model/index.js';
import type { ParseContext, SourceRecord } from '../types.js';
import { mapOfacEntry, ofacPartyId, type OfacEntry, type OfacList } from './map-ofac-entry.js';

interface PendingLink {
  entNum: string;
  name: string;
  file: string;
  line: number;
}

/** `Linked To:` names and SDN names compare without case, spacing or a final full stop. */
function nameKey(name: string): string {
  return name.trim().replace(/\.$/, '').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Turns the entries of one OFAC file into records, whichever format they came from: reports
 * duplicate ids and bad dates with their place, and keeps each `Linked To:` name until the end,
 * since the party it names may come later in the file.
 */
export class OfacEntrySink {
  private readonly entNumByName = new Map<string, string>();
  private readonly seen = new Set<string>();
  private readonly pending: PendingLink[] = [];

  constructor(
    private readonly list: OfacList,
    private readonly ctx: ParseContext,
  ) {}

  /** The records of one entry; none for a second entry with the same id. */
  put(entry: OfacEntry, file: string, line: number): SourceRecord[] {
    const id = ofacPartyId(entry.entNum);
    if (this.seen.has(entry.entNum)) {
      this.ctx.issue({ code: 'duplicate-id', file, line, id });
      return [];
    }
    this.seen.add(entry.entNum);
    for (const bad of entry.remarks.badDates) this.ctx.issue({ code: 'bad-date', file, line, field: bad.field, value: bad.value });
    const key = nameKey(entry.name);
    if (!this.entNumByName.has(key)) this.entNumByName.set(key, entry.entNum);
    for (const name of entry.remarks.linkedTo) this.pending.push({ entNum: entry.entNum, name, file, line });
    return mapOfacEntry(entry, this.list).map((entity) => ({ op: 'put', entity }));
  }

  /** One UnknownLink per resolved `Linked To:`; the unresolved ones are reported. */
  finish(): SourceRecord[] {
    const records: SourceRecord[] = [];
    const done = new Set<string>();
    for (const link of this.pending) {
      const target = this.entNumByName.get(nameKey(link.name));
      const from = ofacPartyId(link.entNum);
      if (target === undefined) {
        this.ctx.issue({ code: 'unresolved-link', file: link.file, line: link.line, from, value: link.name });
        continue;
      }
      const id = `ofac-link-${link.entNum}-${target}`;
      if (target === link.entNum || done.has(id)) continue;
      done.add(id);
      const properties = new PropertyBag()
        .add('subject', from)
        .add('object', ofacPartyId(target))
        .add('role', 'Linked To')
        .toProperties();
      records.push({ op: 'put', entity: { id: entityId(id), schema: 'UnknownLink', properties, target: false } });
    }
    this.pending.length = 0;
    return records;
  }
}
