/**
 * HTTP load test on loopback: starts the built `vigil serve` on 127.0.0.1 (a free port) against a
 * home loaded with config/shared-data.yml, creates an admin key and sends it, waits for /readyz,
 * then drives POST /match/default with autocannon:
 *   (a) one Person query per request, 50 connections, 15 s: requests/s and p50/p97.5/p99 latency;
 *   (b) 100 Person queries per request, 4 connections, 15 s: queries/s (= requests/s x 100).
 * Queries are the yente candidate benchmark's US persons (negatives_us.csv: name, birth date,
 * nationality, gender, birth place), a different one or a different 100 on each request.
 * Run: `npm run bench:api [-- --home DIR] [-- --seconds N]`. Prints a markdown table.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { personQuery, readUsNegatives } from './eval/person-rows.js';

const SINGLE_CONNECTIONS = 50;
const BATCH_CONNECTIONS = 4;
const BATCH_SIZE = 100;
const GOAL_P99_MS = 10;
const GOAL_BATCH_QPS = 1500;
const STOP_TIMEOUT_MS = 10_000;
const READY_TIMEOUT_MS = 300_000;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const { values: args } = parseArgs({ options: { home: { type: 'string' }, seconds: { type: 'string', default: '15' } } });
const seconds = Number(args.seconds);
const work = mkdtempSync(join(tmpdir(), 'vigil-bench-api-'));

function runCli(argv: string[]): string {
  const run = spawnSync(process.execPath, [cli, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`vigil ${argv.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
  return run.stdout;
}

/** Starts `vigil serve --port 0` and resolves with the port from its `listening` log line. */
function startServer(home: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [cli, 'serve', '--home', home, '--host', '127.0.0.1', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((resolvePort, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => l.includes('"event":"listening"'));
      if (!line) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume(); // keep draining the request log
      resolvePort({ child, port: (JSON.parse(line) as { port: number }).port });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`vigil serve exited (${code}) before listening:\n${stderr}`)));
  });
}

async function waitReady(base: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < READY_TIMEOUT_MS) {
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) return (performance.now() - started) / 1000;
    } catch {
      // not accepting connections yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/readyz not ready after ${READY_TIMEOUT_MS} ms`);
}

/** SIGTERM, then SIGKILL if the server has not stopped within STOP_TIMEOUT_MS. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Runs autocannon with bodies taken in turn from `bodies`. */
function load(url: string, key: string, bodies: string[], connections: number, durationS: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url: `${url}/match/default`,
    method: 'POST',
    connections,
    duration: durationS,
    headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
    requests: [
      {
        setupRequest: (request) => {
          const body = bodies[next++ % bodies.length]!;
          return { ...request, body };
        },
      },
    ],
  });
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const errorsOf = (r: autocannon.Result): number => r.errors + r.non2xx;

let server: ChildProcess | undefined;
try {
  let home = args.home;
  let loadSeconds: number | undefined;
  if (home === undefined) {
    home = join(work, 'home');
    const t0 = performance.now();
    runCli(['update', '--home', home, '--config', join(root, 'config', 'shared-data.yml')]);
    loadSeconds = (performance.now() - t0) / 1000;
  }
  const { key } = JSON.parse(runCli(['keys', 'create', '--role', 'admin', '--label', 'bench:api', '--json', '--home', home])) as { key: string };

  const queries = readUsNegatives().map(personQuery);
  const single = queries.slice(0, 5000).map((q) => JSON.stringify({ queries: { q: q } }));
  const batches: string[] = [];
  for (let i = 0; i + BATCH_SIZE <= queries.length && batches.length < 500; i += BATCH_SIZE) {
    batches.push(JSON.stringify({ queries: Object.fromEntries(queries.slice(i, i + BATCH_SIZE).map((q, j) => [`q${j}`, q])) }));
  }

  const started = await startServer(home);
  server = started.child;
  const base = `http://127.0.0.1:${started.port}`;
  const readySeconds = await waitReady(base);
  // One checked request of each kind, so that a wrong key or body cannot pass as a fast error.
  for (const [body, expected] of [[single[0]!, 1], [batches[0]!, BATCH_SIZE]] as const) {
    const res = await fetch(`${base}/match/default`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` }, body });
    const json = (await res.json()) as { responses?: Record<string, unknown> };
    if (res.status !== 200 || Object.keys(json.responses ?? {}).length !== expected) throw new Error(`check request failed: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  }

  await load(base, key, single, SINGLE_CONNECTIONS, 3); // warm-up, not reported
  const a = await load(base, key, single, SINGLE_CONNECTIONS, seconds);
  const b = await load(base, key, batches, BATCH_CONNECTIONS, seconds);
  const batchQps = b.requests.average * BATCH_SIZE;

  console.log(`HTTP load benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`);
  console.log(`\`vigil serve\` on 127.0.0.1 with every list of config/shared-data.yml; autocannon in the same machine; ${seconds} s per run after a 3 s warm-up.`);
  if (loadSeconds !== undefined) console.log(`(Lists loaded into a temporary home first in ${loadSeconds.toFixed(1)} s; index ready ${readySeconds.toFixed(1)} s after start.)`);
  console.log('\n| run | connections | requests/s | queries/s | p50 ms | p97.5 ms | p99 ms | errors | goal | met |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
  console.log(
    `| (a) 1 Person query per POST /match/default | ${SINGLE_CONNECTIONS} | ${fmt(a.requests.average)} | ${fmt(a.requests.average)} | ${a.latency.p50} | ${a.latency.p97_5} | ${a.latency.p99} | ${errorsOf(a)} | p99 <= ${GOAL_P99_MS} ms | ${a.latency.p99 <= GOAL_P99_MS && errorsOf(a) === 0 ? 'yes' : 'no'} |`,
  );
  console.log(
    `| (b) ${BATCH_SIZE} Person queries per POST /match/default | ${BATCH_CONNECTIONS} | ${fmt(b.requests.average, 1)} | ${fmt(batchQps)} | ${b.latency.p50} | ${b.latency.p97_5} | ${b.latency.p99} | ${errorsOf(b)} | >= ${fmt(GOAL_BATCH_QPS)} queries/s | ${batchQps >= GOAL_BATCH_QPS && errorsOf(b) === 0 ? 'yes' : 'no'} |`,
  );
  console.log(`\nErrors count connection errors and non-2xx answers (a: ${a.errors} + ${a.non2xx}; b: ${b.errors} + ${b.non2xx}).`);
  console.log(
    `With ${SINGLE_CONNECTIONS} connections always waiting on an answer, mean latency is about ${SINGLE_CONNECTIONS} / requests/s (Little's law): a p99 of ${GOAL_P99_MS} ms needs more than ${fmt((SINGLE_CONNECTIONS * 1000) / GOAL_P99_MS)} requests/s.`,
  );
} finally {
  if (server) await stopServer(server);
  rmSync(work, { recursive: true, force: true });
}
