import type { ParseContext } from '../types.js';
import type { OfacAddress, OfacAlias } from './map-ofac-entry.js';
import { readOfacRows } from './read-ofac-rows.js';

const ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'] as const;
const ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'city/state/zip', 'country', 'add_remarks'] as const;
const COMMENTS_COLUMNS = ['ent_num', 'remarks'] as const;

const ALT_KINDS: Record<string, OfacAlias['kind']> = { aka: 'aka', fka: 'fka', nka: 'nka' };

interface Rows<T> {
  line: number;
  values: T[];
}

/** The companion files' rows by ent_num, small enough to hold while the main file streams past. */
export class OfacCompanions {
  private readonly tables: { file: string; rows: Map<string, { line: number }> }[] = [];
  private readonly aliases = this.table<OfacAlias>();
  private readonly addresses = this.table<OfacAddress>();
  private readonly comments = this.table<string>();

  /** Reads whichever of the companion files exist; a missing one simply adds nothing. */
  static async read(files: { alt?: string; add?: string; comments?: string }, ctx: ParseContext): Promise<OfacCompanions> {
    const companions = new OfacCompanions();
    if (files.alt) {
      companions.aliases.file = files.alt;
      for await (const row of readOfacRows(files.alt, ctx, ALT_COLUMNS)) {
        const [, , type, name] = row.fields;
        const kind = ALT_KINDS[type?.toLowerCase() ?? ''];
        if (!kind || !name) {
          ctx.issue({ code: 'bad-value', file: files.alt, line: row.line, field: kind ? 'alt_name' : 'alt_type', value: (kind ? name : type) ?? '', message: 'not an alias' });
          continue;
        }
        addRow(companions.aliases.rows, row.entNum, row.line, { kind, name, weak: false });
      }
    }
    if (files.add) {
      companions.addresses.file = files.add;
      for await (const row of readOfacRows(files.add, ctx, ADD_COLUMNS)) {
        const [, , street, city, country] = row.fields;
        const lines = [street, city].filter((l) => l !== undefined);
        addRow(companions.addresses.rows, row.entNum, row.line, { lines, country });
      }
    }
    if (files.comments) {
      companions.comments.file = files.comments;
      for await (const row of readOfacRows(files.comments, ctx, COMMENTS_COLUMNS)) {
        addRow(companions.comments.rows, row.entNum, row.line, row.fields[1] ?? '');
      }
    }
    return companions;
  }

  /** Hands over (and forgets) one entry's rows. */
  take(entNum: string): { aliases: OfacAlias[]; addresses: OfacAddress[]; comments: string } {
    return {
      aliases: takeRows(this.aliases.rows, entNum),
      addresses: takeRows(this.addresses.rows, entNum),
      comments: takeRows(this.comments.rows, entNum).join(''),
    };
  }

  /** Reports rows whose ent_num the main file did not list (called after it has been read). */
  reportUnclaimed(ctx: ParseContext): void {
    for (const { file, rows } of this.tables) {
      for (const [entNum, { line }] of rows) {
        ctx.issue({ code: 'unresolved-link', file, line, from: 'ent_num', value: entNum });
      }
      rows.clear();
    }
  }

  private table<T>(): { file: string; rows: Map<string, Rows<T>> } {
    const table = { file: '', rows: new Map<string, Rows<T>>() };
    this.tables.push(table);
    return table;
  }
}

function addRow<T>(rows: Map<string, Rows<T>>, entNum: string, line: number, value: T): void {
  const existing = rows.get(entNum);
  if (existing) existing.values.push(value);
  else rows.set(entNum, { line, values: [value] });
}

function takeRows<T>(rows: Map<string, Rows<T>>, entNum: string): T[] {
  const found = rows.get(entNum);
  rows.delete(entNum);
  return found?.values ?? [];
}
