import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SHARED_DATA } from './shared-data.js';

/**
 * A local stand-in for the publishers' servers: serves ../shared/data under /data/, and the
 * faults a real download meets: /status/404, /status/500, /random (4 KB of random bytes),
 * /stall (never answers), /cut/<path>
 * (promises the whole file, sends half, then hangs up).
 */
export async function startListServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const status = path.match(/^\/status\/(\d{3})/);
    if (status) {
      res.writeHead(Number(status[1]), { 'content-type': 'text/plain' }).end('error page');
      return;
    }
    if (path.startsWith('/random')) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(randomBytes(4096));
      return;
    }
    if (path.startsWith('/stall')) return; // never answers: the client's timeout must fire
    const cut = path.startsWith('/cut/');
    const file = join(SHARED_DATA, path.replace(/^\/(cut|data)\//, ''));
    let size: number;
    let modified: Date;
    try {
      ({ size, mtime: modified } = statSync(file));
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-length': String(size), 'content-type': 'application/octet-stream', 'last-modified': modified.toUTCString() });
    if (cut) {
      createReadStream(file, { start: 0, end: Math.floor(size / 2) }).on('end', () => res.socket?.destroy()).pipe(res, { end: false });
      return;
    }
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
