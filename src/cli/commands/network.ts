import type { Command } from 'commander';
import { describeNetwork, loadOwnershipRules, parseEdgeKinds, type BlockVerdict, type Network } from '../../graph/index.js';
import { entityId } from '../../model/index.js';
import { openStore } from '../../store/index.js';
import { CliError } from '../cli-error.js';

function verdictText(v: BlockVerdict): string {
  if (v.status !== 'blocked-by-rule') return '';
  return ` BLOCKED by ${v.rule} (${v.totalPercent}% held by ${v.owners.map((o) => `${o.owner} ${o.percentage}%`).join(', ')}; via ${v.paths.map((p) => p.join(' > ')).join(' | ')})`;
}

function formatNetwork(network: Network): string {
  const lines = [`network of ${network.root} to depth ${network.depth} (${network.nodes.length} entities, ${network.edges.length} edges${network.truncated ? ', cut short' : ''})`, '', 'entities:'];
  for (const n of network.nodes) {
    const status = n.listed ? ' LISTED' : '';
    lines.push(`  ${n.depth}  ${n.id}  ${n.caption ?? '(not loaded)'}${n.schema ? ` (${n.schema})` : ''}${status}${verdictText(n.ofac)}${n.eu.status === 'blocked-by-rule' && n.ofac.status !== 'blocked-by-rule' ? verdictText(n.eu) : ''}`);
  }
  lines.push('', 'edges:');
  for (const e of network.edges) {
    const extra = [
      e.percentage !== undefined ? `${e.percentage}%` : '',
      e.startDate ? `from ${e.startDate}` : '',
      e.endDate ? `until ${e.endDate}` : '',
    ].filter(Boolean).join(', ');
    lines.push(`  ${e.kind}  ${e.from} -> ${e.to}${extra ? `  ${extra}` : ''}  [${e.datasets.join(', ')}] ${e.relationId}`);
  }
  return lines.join('\n');
}

export function registerNetwork(program: Command): void {
  program
    .command('network')
    .description("an entity's neighbourhood: links, ownership and family, with who is listed or blocked by the 50% rule")
    .argument('<id>', 'entity id, e.g. ofac-22543')
    .option('--depth <n>', 'hops from the entity', '1')
    .option('--kinds <list>', 'edge kinds to follow, comma-separated (ownership,unknownlink,family,...)')
    .option('--home <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { depth: string; kinds?: string; home?: string; json?: boolean }) => {
      const depth = Number(opts.depth);
      if (!Number.isInteger(depth) || depth < 1 || depth > 5) throw new CliError(`--depth must be a whole number from 1 to 5, not ${JSON.stringify(opts.depth)}`);
      let kinds;
      try {
        kinds = opts.kinds !== undefined ? parseEdgeKinds(opts.kinds) : undefined;
      } catch (error) {
        throw new CliError(`--kinds: ${(error as Error).message}`);
      }
      const store = openStore(opts.home);
      try {
        const root = await store.entity(entityId(id));
        const rules = await loadOwnershipRules(store.entities());
        const label = async (nodeId: string) => {
          const e = await store.entity(entityId(nodeId));
          return e ? { caption: e.caption, schema: e.schema } : undefined;
        };
        const network = await describeNetwork(rules, id, { depth, ...(kinds ? { kinds } : {}) }, label);
        if (!network) {
          if (!root) throw new CliError(`no entity ${id} in the lists loaded in ${opts.home ?? 'the data folder'}`);
          process.stdout.write(opts.json ? `${JSON.stringify({ root: id, depth, nodes: [], edges: [], truncated: false })}\n` : `${id} has no links\n`);
          return;
        }
        process.stdout.write(opts.json ? `${JSON.stringify(network, null, 2)}\n` : `${formatNetwork(network)}\n`);
      } finally {
        await store.close();
      }
    });
}
