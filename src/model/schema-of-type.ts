/** The `--type` words of `vigil screen` (and a batch file's `type` column) and the FtM schema each stands for. */
export const SCHEMA_OF_TYPE: ReadonlyMap<string, string> = new Map(Object.entries({
  person: 'Person',
  company: 'Company',
  organization: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Airplane',
  any: 'LegalEntity',
}));

/** FtM schemata a query may name directly (the screened parties). */
const QUERY_SCHEMATA = ['Person', 'Company', 'Organization', 'PublicBody', 'Vessel', 'Airplane', 'LegalEntity'];

/**
 * The FtM schema for a type word (`person`, `aircraft`, ...) or an FtM schema name (`Person`,
 * `PublicBody`), case-insensitively; undefined when it is neither.
 */
export function schemaOfType(value: string): string | undefined {
  const word = value.trim().toLowerCase();
  return SCHEMA_OF_TYPE.get(word) ?? QUERY_SCHEMATA.find((s) => s.toLowerCase() === word);
}
