import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { pino } from 'pino';
import { DEFAULT_LIMITS, MatcherHolder, createApiKeyAuth, createApp, isReloading, rebuildMatcher, type ServerContext } from '../../api/index.js';
import { openStore, resolveHome } from '../../store/index.js';
import { loadSourcesConfig } from '../../update/config.js';
import { DEFAULT_SOURCES } from '../../update/default-sources.js';
import { CliError } from '../cli-error.js';

interface ServeOptions {
  home?: string;
  port: string;
  host: string;
  config?: string;
}

/** Addresses only this machine can reach: the API may stay open there while no key exists. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

async function packageVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'dev';
  } catch {
    return 'dev';
  }
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the yente-compatible HTTP API (match, search, entities, catalog, updatez)')
    .option('--home <dir>', 'data folder (default $VIGIL_HOME or ./.vigil)')
    .option('--port <n>', 'port to listen on', '8000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--config <file>', 'sources config for POST /updatez (JSON or YAML); default: the official lists')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(opts.port)}`);
      const config = opts.config ? await loadSourcesConfig(opts.config) : DEFAULT_SOURCES;
      const logger = pino({ base: { service: 'vigil' }, redact: ['req.headers.authorization', 'headers.authorization'] });
      const store = openStore(opts.home);
      const ctx: ServerContext = {
        store,
        matcher: new MatcherHolder(),
        config,
        logger,
        workDir: join(resolveHome(opts.home), 'downloads'),
        limits: DEFAULT_LIMITS,
      };
      // With no key yet, the API is open, so it listens on this machine only whatever --host says.
      const hasKeys = (await store.listApiKeys()).some((k) => k.revokedAt === null);
      const host = hasKeys || isLoopback(opts.host) ? opts.host : '127.0.0.1';
      if (!hasKeys) {
        const asked = host === opts.host ? '' : ` (not ${opts.host})`;
        process.stderr.write(`no API keys yet: listening on ${host} only${asked}; create one with \`vigil keys create --role admin\`\n`);
      }
      const withAuth = createApiKeyAuth(store, { openWhenNoKeys: isLoopback(host) });
      const app = createApp(ctx, { version: await packageVersion(), withAuth });
      // Listen at once so that /healthz answers and /readyz says "not ready" while the index is built.
      let listening!: () => void;
      const started = new Promise<void>((resolve) => {
        listening = resolve;
      });
      const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        listening();
        logger.info({ event: 'listening', host, port: info.port, auth: hasKeys ? 'api-keys' : 'open-until-first-key' }, `listening on http://${host}:${info.port}`);
      });
      const closed = new Promise<void>((resolve) => {
        const shutdown = (signal: string): void => {
          logger.info({ event: 'shutdown', signal }, 'shutting down');
          // Finish the requests in flight, drop idle keep-alive connections, then close the store.
          server.close(() => {
            // A list update or index build still reading the store keeps it busy: it is left to
            // close with the process, and SQLite rolls back an unfinished swap, so the lists in
            // service stay as they were.
            const running = isReloading(ctx);
            store
              .close()
              .catch((error: unknown) => logger.warn({ event: 'store-busy', err: error }, 'the store was busy (a list update or an index build): left to close with the process'))
              .finally(() => {
                logger.info({ event: 'stopped', abandonedUpdate: running }, 'stopped');
                resolve();
              });
          });
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        };
        process.once('SIGINT', () => shutdown('SIGINT'));
        process.once('SIGTERM', () => shutdown('SIGTERM'));
      });
      await started;
      try {
        if ((await store.sources()).every((s) => !s.current)) {
          logger.warn({ event: 'no-lists' }, 'no lists loaded yet: run `vigil update` or POST /updatez');
        }
        await rebuildMatcher(ctx);
      } catch (error) {
        logger.error({ err: error }, 'could not build the screening index');
        server.close();
        await store.close();
        throw error;
      }
      await closed;
    });
}
