/**
 * English-style spelling of a Latin name token written in another language's orthography, so
 * that German, Polish, Hungarian, Czech, French and Baltic spellings of one (often Slavic) name
 * meet: Wladimirowitsch / Władimirowicz / Vlagyimirovics -> vladimirovich, Jewgeni -> yevgeni,
 * Poutine -> putin, Putinas -> putin. Only used as a second form to compare on, so a rule that
 * misfires on a native name costs nothing: the token's own spelling is compared too.
 * @module
 */

const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/tsch/g, 'ch'], // German: Wladimirowitsch
  [/sch/g, 'sh'],
  [/cz/g, 'ch'], // Polish: Władimirowicz
  [/sz/g, 'sh'],
  [/rz/g, 'zh'],
  [/dzh/g, 'j'],
  [/gy/g, 'd'], // Hungarian gy is a soft d: Vlagyimir
  [/ics$/g, 'ich'], // Hungarian patronymic: Vlagyimirovics
  [/w/g, 'v'], // German, Polish: Wladimir
  [/j(?=[aeiou])/g, 'y'], // German, Polish, Czech j: Jewgeni, Jurij
  [/ij$/g, 'iy'],
  [/ou/g, 'u'], // French: Poutine
  [/ine$/g, 'in'], // French: Poutine
];

/** Baltic nominative endings on a name: Putinas, Vladimiras, Lavrovs. */
const BALTIC_ENDING = /(?<=[a-z]{4})(as|is|us|s)$/;

/**
 * @example anglicise('wladimirowitsch') // 'vladimirovich'
 * @example anglicise('jewgeni') // 'yevgeni'
 * @example anglicise('putinas') // 'putin'
 */
export function anglicise(token: string): string {
  let out = token;
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  if (out.length >= 6) out = out.replace(BALTIC_ENDING, '');
  return out;
}
