/** The writing system of a name, from its letters (the first script found that is not Latin wins). */
const SCRIPTS: [string, RegExp][] = [
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  // Kana before Han: Japanese names mix both.
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Latin', /\p{Script=Latin}/u],
];

export function scriptOf(text: string): string {
  return SCRIPTS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'Other';
}

/** Names grouped by script, Latin first, each name once with the properties it came from. */
export function groupByScript(names: { value: string; prop: string }[]): [string, { value: string; props: string[] }[]][] {
  const groups = new Map<string, Map<string, string[]>>();
  for (const { value, prop } of names) {
    const script = scriptOf(value);
    const group = groups.get(script) ?? new Map<string, string[]>();
    groups.set(script, group);
    const props = group.get(value) ?? [];
    if (!props.includes(prop)) props.push(prop);
    group.set(value, props);
  }
  const order = (s: string): number => (s === 'Latin' ? 0 : s === 'Other' ? 2 : 1);
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([script, group]) => [script, [...group.entries()].map(([value, props]) => ({ value, props }))]);
}
