/**
 * Identifier cells keep the act's label: `7704252261 (Tax ID/INN)` in `registrationNumber`. When
 * the label names a Russian register whose FtM property exists, the bare number moves there, so
 * that identifier matching sees `innCode: 7704252261`; anything else stays as printed.
 */
const LABELLED: readonly { pattern: RegExp; prop: string }[] = [
  { pattern: /^(\d{10}|\d{12})\s*\((?:tax id\/inn|inn)\)$/i, prop: 'innCode' },
  { pattern: /^(\d{13}|\d{15})\s*\(ogrn\)$/i, prop: 'ogrnCode' },
];

export function routeJournalIdentifier(column: string, value: string): { prop: string; value: string } {
  for (const { pattern, prop } of LABELLED) {
    const m = value.match(pattern);
    if (m?.[1]) return { prop, value: m[1] };
  }
  return { prop: column, value };
}
