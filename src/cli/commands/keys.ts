import type { Command } from 'commander';
import { issueApiKey, toApiKeyResponse } from '../../api/index.js';
import { API_KEY_ROLES, openStore, type ApiKeyRole } from '../../store/index.js';
import { CliError } from '../cli-error.js';
import { formatTable } from '../format-table.js';

function parseRole(text: string | undefined): ApiKeyRole {
  const role = API_KEY_ROLES.find((r) => r === text);
  if (role === undefined) {
    throw new CliError(`--role must be ${API_KEY_ROLES.join(' or ')}${text === undefined ? '' : `, not ${JSON.stringify(text)}`} (screener: match, search, entities; admin: also updates, ownership imports and keys)`);
  }
  return role;
}

/** `vigil keys create|list|revoke`: the API keys `vigil serve` accepts. Keys are shown once, at creation. */
export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('API keys for `vigil serve`: create (shown once), list, revoke');

  keys
    .command('create')
    .description('create an API key and print it (the only time it is shown)')
    .option('--role <role>', `${API_KEY_ROLES.join(' or ')}`)
    .option('--label <text>', 'who or what the key is for', '')
    .option('--home <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(async (opts: { role?: string; label: string; home?: string; json?: boolean }) => {
      const role = parseRole(opts.role);
      const store = openStore(opts.home);
      try {
        const { key, record } = await issueApiKey(store, role, opts.label);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ ...toApiKeyResponse(record), key })}\n`);
        } else {
          process.stdout.write(`${formatTable(['id', 'role', 'label', 'key'], [[record.id, record.role, record.label || '-', key]])}\n`);
        }
        process.stderr.write('This is the only time the key is shown: store it now. Send it as `Authorization: ApiKey <key>`.\n');
      } finally {
        await store.close();
      }
    });

  keys
    .command('list')
    .description('list API keys (never the keys themselves)')
    .option('--home <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(async (opts: { home?: string; json?: boolean }) => {
      const store = openStore(opts.home);
      try {
        const all = await store.listApiKeys();
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(all.map(toApiKeyResponse), null, 2)}\n`);
        } else if (all.length === 0) {
          process.stdout.write('no API keys yet: create one with `vigil keys create --role admin`\n');
        } else {
          const rows = all.map((k) => [k.id, k.role, k.label || '-', k.createdAt.slice(0, 19), k.revokedAt?.slice(0, 19) ?? '-']);
          process.stdout.write(`${formatTable(['id', 'role', 'label', 'created', 'revoked'], rows)}\n`);
        }
      } finally {
        await store.close();
      }
    });

  keys
    .command('revoke')
    .description('revoke an API key: a running server refuses it within a few seconds')
    .argument('<id>', 'the key id, as `vigil keys list` shows it')
    .option('--home <dir>', 'data folder')
    .action(async (id: string, opts: { home?: string }) => {
      const store = openStore(opts.home);
      try {
        const before = (await store.listApiKeys()).find((k) => k.id === id);
        if (!before) throw new CliError(`no API key with id ${JSON.stringify(id)}; see \`vigil keys list\``);
        const revoked = await store.revokeApiKey(id);
        const at = revoked?.revokedAt ?? '';
        process.stdout.write(before.revokedAt !== null ? `${id} was already revoked at ${at}\n` : `revoked ${id} (${before.role}${before.label ? `, ${before.label}` : ''}) at ${at}\n`);
      } finally {
        await store.close();
      }
    });
}
