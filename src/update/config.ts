import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SOURCE_FORMATS } from '../sources/types.js';

/**
 * The sources config: `{"sources": [{"name", "format", "url" | "path"}]}` in JSON or YAML.
 * Other tools drive Vigil through this shape, so it stays stable; unknown keys are errors so that
 * a typo does not silently load nothing.
 * @module
 */

const sourceSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a lower-case name of letters, digits, _ and -'),
    format: z.enum(SOURCE_FORMATS),
    url: z.url({ protocol: /^https?$/ }).optional(),
    path: z.string().min(1).optional(),
    title: z.string().optional(),
  })
  .strict()
  .refine((s) => (s.url === undefined) !== (s.path === undefined), { message: 'give exactly one of "url" or "path"' });

const configSchema = z
  .object({ sources: z.array(sourceSchema).min(1, 'at least one source') })
  .strict()
  .refine((c) => new Set(c.sources.map((s) => s.name)).size === c.sources.length, { message: 'source names must be unique' });

/** One configured source; a path is absolute once loaded. */
export type SourceConfig =
  | { name: string; format: (typeof SOURCE_FORMATS)[number]; title?: string; url: string; path?: never }
  | { name: string; format: (typeof SOURCE_FORMATS)[number]; title?: string; path: string; url?: never };

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
    return s.url !== undefined ? { ...base, url: s.url } : { ...base, path: resolve(baseDir, s.path ?? '') };
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
