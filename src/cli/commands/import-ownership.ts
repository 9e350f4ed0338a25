import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadOwnershipRules } from '../../graph/index.js';
import { entityId } from '../../model/index.js';
import { describeIssue, type ParseContext } from '../../sources/index.js';
import { readOwnershipRows, type OwnershipRow } from '../../sources/ownership/index.js';
import { openStore, resolveHome, type Store } from '../../store/index.js';
import { updateSource } from '../../update/update-source.js';

const SHOWN_ISSUES = 20;

/** Rows whose owner or asset is given as an id that no loaded list holds: kept as dangling edges, and said so. */
async function unknownIds(store: Store, file: string, rows: readonly OwnershipRow[]): Promise<string[]> {
  const warnings: string[] = [];
  for (const row of rows) {
    for (const [role, party] of [['owner', row.owner], ['asset', row.asset]] as const) {
      if (party.kind === 'id' && !(await store.entity(entityId(party.id)))) {
        warnings.push(`${file}:${row.line}: ${role} ${party.id} is in no loaded list; the edge is kept but leads nowhere`);
      }
    }
  }
  return warnings;
}

export function registerImportOwnership(program: Command): void {
  program
    .command('import-ownership')
    .description('import ownership data (CSV owner,asset,percentage[,start,end]) as a source, checked in full, then apply the 50% rule')
    .argument('<file>', 'CSV with a header: owner,asset,percentage[,start,end]; owners and assets as entity ids or names')
    .option('--home <dir>', 'data folder (default $VIGIL_HOME or ./.vigil)')
    .option('--name <name>', 'source name of this ownership data', 'user_ownership')
    .option('--force', 're-read an unchanged file')
    .action(async (file: string, opts: { home?: string; name: string; force?: boolean }) => {
      const path = resolve(file);
      const store = openStore(opts.home);
      try {
        const result = await updateSource(store, { name: opts.name, format: 'ownership-csv', path }, {
          workDir: join(resolveHome(opts.home), 'downloads'),
          ...(opts.force ? { force: true } : {}),
        });
        if (!result.ok) {
          process.stderr.write(`error: ${result.error}\n`);
          for (const issue of result.issues.slice(0, SHOWN_ISSUES)) process.stderr.write(`  ${describeIssue(issue)}\n`);
          process.stderr.write(`  the previous version of ${opts.name} stays in service\n`);
          process.exitCode = 1;
          return;
        }
        const v = result.version;
        process.stdout.write(`${opts.name}: ${v.outcome}, ${v.countsBySchema['Ownership'] ?? 0} ownership records, ${v.entityCount ?? 0} records in all (added ${v.added ?? 0}, removed ${v.removed ?? 0}, changed ${v.changed ?? 0})\n`);
        const quiet: ParseContext = { source: opts.name, issue: () => {}, published: () => {}, markDelta: () => {}, progress: () => {} };
        for (const warning of await unknownIds(store, path, await readOwnershipRows(path, quiet))) process.stderr.write(`warning: ${warning}\n`);
        const rules = await loadOwnershipRules(store.entities());
        process.stdout.write(`ownership rules: ${rules.ofac.blockedByRuleCount} entities blocked by OFAC's 50% rule, ${rules.eu.blockedByRuleCount} by the EU's majority-ownership rule\n`);
      } finally {
        await store.close();
      }
    });
}
