/**
 * Batch screening speed: writes a 100,000-row customer CSV (the yente candidate benchmark's 50,000
 * US-style persons, each twice, the second copy with one letter of the surname changed), runs the
 * built CLI on it as a user would (`vigil screen --file ... --out ...`) and reports the wall time,
 * rows a second and the CLI's peak memory (max RSS, from /usr/bin/time).
 * Run: `npm run bench:batch [-- --home DIR]` (a home loaded with config/shared-data.yml; without
 * one, a temporary home is loaded first). Prints a markdown table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { mulberry32 } from './eval/prng.js';
import { readUsNegatives, type PersonRow } from './eval/person-rows.js';
import { changeOneLetter } from './synthetic-entities.js';

const GOAL_S = 120;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const { values: args } = parseArgs({ options: { home: { type: 'string' } } });
const work = mkdtempSync(join(tmpdir(), 'vigil-bench-batch-'));

function runTimed(argv: string[]): { seconds: number; peakMb: number | undefined; stderr: string } {
  const rssFile = join(work, 'rss.txt');
  const useTime = existsSync('/usr/bin/time');
  const [cmd, cmdArgs] = useTime ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, cli, ...argv]] : [process.execPath, [cli, ...argv]];
  const t0 = performance.now();
  const run = spawnSync(cmd, cmdArgs as string[], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`vigil ${argv.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
  const peakKb = useTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { seconds, peakMb: Number.isFinite(peakKb) ? peakKb / 1024 : undefined, stderr: run.stderr };
}

/** The row as a customer file has it; `typo` changes one letter of the surname (in the full name too). */
function customerRow(row: PersonRow, id: string, random: () => number, typo: boolean): string[] {
  let { fullName, lastName } = row;
  if (typo) {
    const changed = changeOneLetter(lastName, random);
    if (changed && fullName.includes(lastName)) {
      fullName = fullName.replace(lastName, changed);
      lastName = changed;
    } else {
      fullName = changeOneLetter(fullName, random) ?? fullName;
    }
  }
  return [id, fullName, lastName, row.gender, row.dateOfBirth, row.placeOfBirth, row.nationality];
}

try {
  let home = args.home;
  let loadSeconds: number | undefined;
  if (home === undefined) {
    home = join(work, 'home');
    loadSeconds = runTimed(['update', '--home', home, '--config', join(root, 'config', 'shared-data.yml')]).seconds;
  }
  const negatives = readUsNegatives();
  const random = mulberry32(20261125);
  const lines = [['customer_id', 'full_name', 'last_name', 'gender', 'date_of_birth', 'place_of_birth', 'nationality']];
  for (const copy of [0, 1]) negatives.forEach((row, i) => lines.push(customerRow(row, `C${copy}-${i + 1}`, random, copy === 1)));
  const input = join(work, 'customers.csv');
  const output = join(work, 'results.csv');
  writeFileSync(input, stringify(lines));
  const rows = lines.length - 1;

  const run = runTimed(['screen', '--file', input, '--out', output, '--home', home]);
  const summary = run.stderr.trim().split('\n').pop() ?? '';
  const outLines = readFileSync(output, 'utf8').split('\n').filter((l) => l !== '').length - 1;
  if (outLines !== rows) throw new Error(`expected ${rows} result rows, got ${outLines}`);

  console.log(`Batch screening benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}\n`);
  console.log(`Input: ${rows.toLocaleString('en')} rows (${(statSync(input).size / 1e6).toFixed(1)} MB), negatives_us.csv twice, the second copy with a one-letter typo in the surname.`);
  if (loadSeconds !== undefined) console.log(`(Lists loaded into a temporary home first in ${loadSeconds.toFixed(1)} s, not counted below.)`);
  console.log('\n| metric | value | goal |');
  console.log('|---|---:|---|');
  console.log(`| wall time (\`vigil screen --file\`, matcher build included) | ${run.seconds.toFixed(1)} s | < ${GOAL_S} s |`);
  console.log(`| rows per second (end to end) | ${Math.round(rows / run.seconds).toLocaleString('en')} | >= ${Math.ceil(rows / GOAL_S).toLocaleString('en')} |`);
  console.log(`| peak memory (max RSS of the CLI) | ${run.peakMb === undefined ? 'n/a' : `${run.peakMb.toFixed(0)} MB`} | |`);
  console.log(`\nCLI summary: \`${summary}\``);
  if (run.seconds >= GOAL_S) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
