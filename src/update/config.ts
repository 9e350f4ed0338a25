import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ADAPTERS, SOURCE_FORMATS } from '../sources/index.js';

/**
 * The sources config: `{"sources": [{"name", "format", "url" | "path", "companions"?}]}` in JSON
 * or YAML. Other tools drive Vigil through this shape, so it stays stable; unknown keys are errors
 * so that a typo does not silently load nothing. `companions` names files of the format's set kept
 * in another folder than the main file (OFAC's alt.csv of a later download, say), each under its
 * official name; they are read instead of the ones beside the main file.
 * @module
 */

const sourceSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a lower-case name of letters, digits, _ and -'),
    format: z.enum(SOURCE_FORMATS),
    url: z.url({ protocol: /^https?$/ }).optional(),
    path: z.string().min(1).optional(),
    companions: z.array(z.string().min(1)).min(1).optional(),
    title: z.string().optional(),
  })
  .strict()
  .refine((s) => (s.url === undefined) !== (s.path === undefined), { message: 'give exactly one of "url" or "path"' })
  .refine((s) => s.companions === undefined || s.path !== undefined, { message: '"companions" go with "path" (a URL\'s companions are downloaded beside it)', path: ['companions'] })
  .superRefine((s, ctx) => {
    const known = ADAPTERS[s.format].companionFiles(basename(s.path ?? '')).map((f) => f.name.toLowerCase());
    const seen = new Set<string>();
    for (const [i, file] of (s.companions ?? []).entries()) {
      const name = basename(file).toLowerCase();
      const problem = !known.includes(name)
        ? `${JSON.stringify(basename(file))} is not a companion file of ${s.format}${known.length ? ` (${known.join(', ')})` : ' (it has none)'}`
        : seen.has(name) ? `${JSON.stringify(basename(file))} is given twice` : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['companions', i] });
      seen.add(name);
    }
  });

const configSchema = z
  .object({ sources: z.array(sourceSchema).min(1, 'at least one source') })
  .strict()
  .refine((c) => new Set(c.sources.map((s) => s.name)).size === c.sources.length, { message: 'source names must be unique' });

/** One configured source; a path is absolute once loaded. */
export type SourceConfig =
  | { name: string; format: (typeof SOURCE_FORMATS)[number]; title?: string; url: string; path?: never; companions?: never }
  | { name: string; format: (typeof SOURCE_FORMATS)[number]; title?: string; path: string; companions?: string[]; url?: never };

export interface SourcesConfig {
  file: string | null;
  sources: SourceConfig[];
}

/** A config that cannot be used, with where and why. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: invalid config:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates a parsed config object; relative paths are resolved against `baseDir`. */
export function parseSourcesConfig(data: unknown, file: string, baseDir: string): SourcesConfig {
  const result = configSchema.safeParse(data);
  if (!result.success) {
    throw new ConfigError(file, result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`));
  }
  const sources = result.data.sources.map((s): SourceConfig => {
    const base = { name: s.name, format: s.format, ...(s.title !== undefined ? { title: s.title } : {}) };
    if (s.url !== undefined) return { ...base, url: s.url };
    const companions = s.companions?.map((c) => resolve(baseDir, c));
    return { ...base, path: resolve(baseDir, s.path ?? ''), ...(companions ? { companions } : {}) };
  });
  return { file, sources };
}

/** Reads a JSON or YAML config file. */
export async function loadSourcesConfig(file: string): Promise<SourcesConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(file, [`cannot read: ${(cause as Error).message}`]);
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (cause) {
    throw new ConfigError(file, [`not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${(cause as Error).message}`]);
  }
  return parseSourcesConfig(data, file, dirname(resolve(file)));
}
