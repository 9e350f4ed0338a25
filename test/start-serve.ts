import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './run-cli.js';

const CLI = join(PROJECT_ROOT, 'dist', 'src', 'cli', 'main.js');

export interface Served {
  host: string;
  port: number;
  /** Sends SIGTERM, waits for the exit and returns everything the server wrote. */
  stop(): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Starts the built `vigil serve --port 0` and waits for its `listening` log line. */
export function startServe(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vigil serve did not start:\n${stdout}\n${stderr}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.includes('"event":"listening"'));
      if (!line) return;
      clearTimeout(timer);
      const { host, port } = JSON.parse(line) as { host: string; port: number };
      resolve({
        host,
        port,
        stop: async () => {
          child.kill('SIGTERM');
          const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
          if (child.exitCode === null) child.kill('SIGKILL');
          return { code, stdout, stderr };
        },
      });
    });
    void exited.then((code) => reject(new Error(`vigil serve exited (${code}) before listening:\n${stderr}`)));
  });
}
