import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { describeIssue } from '../../sources/index.js';
import { openStore, resolveHome } from '../../store/index.js';
import { importOwnership, ownershipFormatOf, ownershipNameConflict } from '../../update/import-ownership.js';
import { CliError } from '../cli-error.js';

const SHOWN_ISSUES = 20;

export function registerImportOwnership(program: Command): void {
  program
    .command('import-ownership')
    .description('import ownership data (CSV owner,asset,percentage[,start,end] or FtM JSON lines) as a source, checked in full, then apply the 50% rule')
    .argument('<file>', 'CSV with a header owner,asset,percentage[,start,end] (owners and assets as entity ids or names), or .jsonl/.ndjson of FtM Ownership entities and the parties they name')
    .option('--home <dir>', 'data folder (default $VIGIL_HOME or ./.vigil)')
    .option('--name <name>', 'source name of this ownership data', 'user_ownership')
    .option('--force', 're-read an unchanged file')
    .action(async (file: string, opts: { home?: string; name: string; force?: boolean }) => {
      const path = resolve(file);
      const store = openStore(opts.home);
      try {
        const conflict = await ownershipNameConflict(store, opts.name);
        if (conflict !== undefined) throw new CliError(`--name: ${conflict}`);
        const imported = await importOwnership(store, {
          name: opts.name,
          path,
          format: ownershipFormatOf(path),
          workDir: join(resolveHome(opts.home), 'downloads'),
          ...(opts.force ? { force: true } : {}),
        });
        const { result } = imported;
        if (!result.ok) {
          process.stderr.write(`error: ${result.error}\n`);
          for (const issue of result.issues.slice(0, SHOWN_ISSUES)) process.stderr.write(`  ${describeIssue(issue)}\n`);
          process.stderr.write(`  the previous version of ${opts.name} stays in service\n`);
          process.exitCode = 1;
          return;
        }
        const v = result.version;
        process.stdout.write(`${opts.name}: ${v.outcome}, ${v.countsBySchema['Ownership'] ?? 0} ownership records, ${v.entityCount ?? 0} records in all (added ${v.added ?? 0}, removed ${v.removed ?? 0}, changed ${v.changed ?? 0})\n`);
        for (const warning of imported.warnings) process.stderr.write(`warning: ${warning}\n`);
        const r = imported.rules;
        if (r) {
          process.stdout.write(
            `ownership rules: ${r.ofac} entities blocked by OFAC's 50% rule, ${r.eu} by the EU's majority-ownership rule; ${r.newlyBlocked} newly blocked, ${r.cleared} cleared (see vigil changes)\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
}
