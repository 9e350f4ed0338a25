import type { Command } from 'commander';
import { parseDate } from '../../model/index.js';
import { openStore, type ChangeKind, type EntityChange } from '../../store/index.js';
import { CliError } from '../cli-error.js';

/** `+TCO -UKRAINE` style summary of a change's property diff. */
function describeChange(change: EntityChange): string {
  const parts = Object.entries(change.diff).map(([prop, d]) => {
    const values = [...d.added.map((v) => `+${v}`), ...d.removed.map((v) => `-${v}`)];
    const shown = values.length > 6 ? [...values.slice(0, 6), `(${values.length - 6} more)`] : values;
    return `${prop}: ${shown.join(' ')}`;
  });
  return parts.join('; ');
}

/** Accepts a date (`2026-11-01`, `1 Nov 2026`) or an ISO date-time. */
export function parseSince(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  const date = parseDate(value);
  if (!date || date.length !== 10) throw new CliError(`--since must be a date like 2026-11-01, not ${JSON.stringify(value)}`);
  return `${date}T00:00:00.000Z`;
}

export function registerChanges(program: Command): void {
  program
    .command('changes')
    .description('designations added, removed and changed by list updates, and entities blocked or cleared by ownership rules, since a date')
    .requiredOption('--since <date>', 'changes recorded on or after this date (or date-time)')
    .option('--source <name>', 'only this source')
    .option('--all', 'include sanctions, links and other records, and the initial load of each source')
    .option('--limit <n>', 'at most this many changes, oldest first')
    .option('--home <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(async (opts: { since: string; source?: string; all?: boolean; limit?: string; home?: string; json?: boolean }) => {
      const since = parseSince(opts.since);
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new CliError(`--limit must be a positive whole number, not ${JSON.stringify(opts.limit)}`);
      const store = openStore(opts.home);
      try {
        const changes = await store.changes({
          since,
          ...(opts.source ? { source: opts.source } : {}),
          includeRecords: opts.all ?? false,
          includeInitial: opts.all ?? false,
          ...(limit !== undefined ? { limit } : {}),
        });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(changes, null, 2)}\n`);
          return;
        }
        if (changes.length === 0) {
          process.stdout.write(`no changes since ${since.slice(0, 10)}${opts.all ? '' : ' (initial loads are left out; --all shows them)'}\n`);
          return;
        }
        for (const c of changes) {
          const detail = describeChange(c);
          process.stdout.write(`${c.at.slice(0, 10)}  ${c.source}  ${c.kind.padEnd(7)}  ${c.entityId}  ${c.caption}${detail ? `\n    ${detail}` : ''}\n`);
        }
        const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, 'blocked-by-ownership': 0 };
        for (const c of changes) counts[c.kind] += 1;
        const derived = counts['blocked-by-ownership'] > 0 ? `, ${counts['blocked-by-ownership']} blocked-by-ownership (+ newly blocked, - cleared)` : '';
        process.stdout.write(`\n${changes.length} changes: ${counts.added} added, ${counts.removed} removed, ${counts.changed} changed${derived}\n`);
      } finally {
        await store.close();
      }
    });
}
