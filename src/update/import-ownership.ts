import { extname } from 'node:path';
import { currentOwnershipBlocks, refreshOwnershipBlocks } from '../graph/index.js';
import { entityId } from '../model/index.js';
import type { ParseContext } from '../sources/index.js';
import { readOwnershipFtm, readOwnershipRows } from '../sources/ownership/index.js';
import type { Store } from '../store/index.js';
import { updateSource, type UpdateResult } from './update-source.js';

export type OwnershipFormat = 'ownership-csv' | 'ownership-ftm';

/** `.jsonl`, `.ndjson` and `.json` files are FtM JSON lines; anything else is read as CSV. */
export function ownershipFormatOf(path: string): OwnershipFormat {
  return ['.jsonl', '.ndjson', '.json'].includes(extname(path).toLowerCase()) ? 'ownership-ftm' : 'ownership-csv';
}

export interface OwnershipImportOptions {
  /** The source name of this ownership data. */
  name: string;
  path: string;
  format: OwnershipFormat;
  /** Where the file is shown from in warnings (an upload has no path of its own). */
  label?: string;
  workDir: string;
  force?: boolean;
}

export interface OwnershipImport {
  result: UpdateResult;
  /** Owners or assets given as ids that no loaded list or the file holds: kept as edges leading nowhere. */
  warnings: string[];
  /** Entities blocked by each rule now, and how many became blocked or were cleared by this import. */
  rules?: { ofac: number; eu: number; newlyBlocked: number; cleared: number };
}

const quiet = (source: string): ParseContext => ({ source, issue: () => {}, published: () => {}, markDelta: () => {}, progress: () => {} });

/** The ids the file's holdings name, with their lines (names in a CSV become parties of the file). */
async function holdingIds(options: OwnershipImportOptions): Promise<{ line: number; role: 'owner' | 'asset'; id: string }[]> {
  if (options.format === 'ownership-ftm') {
    const { holdings } = await readOwnershipFtm(options.path, quiet(options.name));
    return holdings.flatMap((h) => [{ line: h.line, role: 'owner' as const, id: h.owner }, { line: h.line, role: 'asset' as const, id: h.asset }]);
  }
  const rows = await readOwnershipRows(options.path, quiet(options.name));
  return rows.flatMap((r) =>
    ([['owner', r.owner], ['asset', r.asset]] as const).flatMap(([role, party]) => (party.kind === 'id' ? [{ line: r.line, role, id: party.id }] : [])),
  );
}

const OWNERSHIP_FORMATS: readonly string[] = ['ownership-csv', 'ownership-ftm'] satisfies OwnershipFormat[];

/**
 * Why an import may not use this source name, or undefined when it may: a name already holding a
 * list (us_ofac_sdn, ...) would have the user's register replace that list.
 */
export async function ownershipNameConflict(store: Store, name: string): Promise<string | undefined> {
  const existing = (await store.sources()).find((s) => s.source === name)?.current;
  if (!existing || OWNERSHIP_FORMATS.includes(existing.format)) return undefined;
  return `source ${name} holds a list (${existing.format}), not ownership data; choose another name (default user_ownership)`;
}

/**
 * Imports user ownership data (CSV or FtM JSON lines) as a source: checked in full first (a bad
 * line rejects the file, the previous version stays in service), then the ownership rules are
 * recomputed and each change of blocked status recorded (`vigil changes`, `GET /changes`).
 */
export async function importOwnership(store: Store, options: OwnershipImportOptions): Promise<OwnershipImport> {
  const result = await updateSource(store, { name: options.name, format: options.format, path: options.path }, {
    workDir: options.workDir,
    ...(options.force ? { force: true } : {}),
  });
  if (!result.ok) return { result, warnings: [] };
  const label = options.label ?? options.path;
  const warnings: string[] = [];
  for (const { line, role, id } of await holdingIds(options)) {
    if (!(await store.entity(entityId(id)))) warnings.push(`${label}:${line}: ${role} ${id} is in no loaded list; the edge is kept but leads nowhere`);
  }
  const refreshed = result.version.outcome === 'ok' ? await refreshOwnershipBlocks(store, result.version.id) : undefined;
  const blocks = (await currentOwnershipBlocks(store)).blocks;
  return {
    result,
    warnings,
    rules: {
      ofac: blocks.filter((b) => b.rule === 'ofac-50-percent').length,
      eu: blocks.filter((b) => b.rule === 'eu-majority-ownership').length,
      newlyBlocked: refreshed?.blocked ?? 0,
      cleared: refreshed?.cleared ?? 0,
    },
  };
}
