import type { Command } from 'commander';
import { NAME_PROPERTIES, RELATION_ENDS, entityId, isRelationSchema, type Entity } from '../../model/index.js';
import { lookupProgram, type ProgramAuthority } from '../../model/programs/index.js';
import { openStore, type Store } from '../../store/index.js';
import { CliError } from '../cli-error.js';

const DETAIL_PROPS = new Set<string>(NAME_PROPERTIES);

function section(title: string, lines: string[]): string {
  return lines.length > 0 ? `\n${title}:\n${lines.map((l) => `  ${l}`).join("\n")}` : "";
}

function propertyLines(entity: Entity): string[] {
  const props = Object.keys(entity.properties).sort((a, b) => Number(DETAIL_PROPS.has(b)) - Number(DETAIL_PROPS.has(a)) || a.localeCompare(b));
  return props.map((p) => `${p}: ${(entity.properties[p] ?? []).join(' | ')}`);
}

/** The catalogue's authority for a Sanction record, from the country of its authority. */
function programAuthority(s: Entity): ProgramAuthority | undefined {
  const country = s.properties['country']?.[0];
  if (country === 'us') return 'us-ofac';
  if (country === 'eu') return 'eu';
  if (country === 'gb') return 'gb';
  return /United Nations/i.test(s.properties['authority']?.[0] ?? '') ? 'un-sc' : undefined;
}

function describePrograms(s: Entity): string {
  const authority = programAuthority(s);
  return (s.properties['program'] ?? [])
    .map((code) => {
      const info = lookupProgram(code, authority);
      return info ? `${code} (${info.title}; ${info.legalBasis})` : code;
    })
    .join(', ');
}

function sanctionLine(s: Entity): string {
  const p = s.properties;
  const get = (prop: string): string => (p[prop] ?? []).join(', ');
  const parts = [
    get('authority'),
    get('program') && `programme ${describePrograms(s)}`,
    get('provisions'),
    get('listingDate') && `listed ${get('listingDate')}`,
    get('startDate') && `from ${get('startDate')}`,
    get('endDate') && `until ${get('endDate')}`,
  ].filter(Boolean);
  return `[${s.datasets.join(', ')}] ${parts.join('; ')}${get('reason') ? `\n    reason: ${get('reason').slice(0, 300)}` : ''}`;
}

async function linkLine(store: Store, self: string, link: Entity): Promise<string> {
  if (!isRelationSchema(link.schema)) return `${link.schema} ${link.id}`;
  const [fromProp, toProp] = RELATION_ENDS[link.schema];
  const from = link.properties[fromProp]?.[0];
  const to = link.properties[toProp]?.[0];
  const outgoing = from === self;
  const other = outgoing ? to : from;
  const otherEntity = other ? await store.entity(entityId(other)) : undefined;
  const role = [...(link.properties['role'] ?? []), ...(link.properties['relationship'] ?? []), ...(link.properties['percentage'] ?? []).map((v) => `${v}%`)].join(', ');
  return `${link.schema}${role ? ` (${role})` : ''} ${outgoing ? '->' : '<-'} ${other ?? '?'} ${otherEntity?.caption ?? '(not loaded)'}`;
}

export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description('everything known about one entity: properties, sanctions, links and history')
    .argument('<id>', 'entity id, e.g. ofac-22543')
    .option('--home <dir>', 'data folder')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { home?: string; json?: boolean }) => {
      const store = openStore(opts.home);
      try {
        const entity = await store.entity(entityId(id));
        if (!entity) throw new CliError(`no entity ${id} in the lists loaded in ${opts.home ?? 'the data folder'}`);
        const referencing = await store.referencing(entity.id);
        const sanctions = referencing.filter((e) => e.schema === 'Sanction');
        const links = referencing.filter((e) => isRelationSchema(e.schema));
        const others = referencing.filter((e) => e.schema !== 'Sanction' && !isRelationSchema(e.schema));
        const history = await store.history(entity.id);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ entity, sanctions, links, records: others, history }, null, 2)}\n`);
          return;
        }
        const out = [
          `${entity.id}  ${entity.caption}  (${entity.schema}${entity.target ? ', listed' : ''})`,
          `datasets: ${entity.datasets.join(', ')}`,
          `first seen ${entity.first_seen}, last seen ${entity.last_seen}, last change ${entity.last_change}`,
          section('properties', propertyLines(entity)),
          section('sanctions', sanctions.map(sanctionLine)),
          section('links', await Promise.all(links.map((l) => linkLine(store, entity.id, l)))),
          section('records', others.map((o) => `${o.schema} ${o.id} ${o.caption}`)),
          section('history', history.map((h) => `${h.at.slice(0, 19)} ${h.source} ${h.kind}${Object.keys(h.diff).length ? `: ${Object.entries(h.diff).map(([p, d]) => `${p} ${[...d.added.map((v) => `+${v}`), ...d.removed.map((v) => `-${v}`)].join(' ')}`).join('; ')}` : ''}`)),
        ];
        process.stdout.write(`${out.filter(Boolean).join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
