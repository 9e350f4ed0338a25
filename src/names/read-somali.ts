/**
 * Somali names as the Somali Latin alphabet writes them (official since 1972): c for the Arabic
 * ʿayn (Cabdi = Abdi, Cali = Ali, Jaamac = Jama), x for ħ (Maxamed = Mohamed, Xasan = Hassan), and
 * long vowels doubled (Yuusuf = Yusuf, Daahir = Dahir, Faarax = Farah). The lists spell Somali
 * parties the Arabic way (the UN's Hassan Dahir Aweys); records from Somalia, remittances among them,
 * often carry the Somali spelling (Xasan Daahir Aweys), which met the listing at 0.58. Read back,
 * such a name meets the list's spelling.
 *
 * A name is read so only when one of its words is a Somali spelling of a common name (below, or a
 * word opening with cabd, as the Abd compounds do): x and c are other letters in other languages
 * (Alexander, Carlos). Hand-written: no package reads Somali orthography.
 * @module
 */

/**
 * Somali spellings of the commonest Somali names (all of Arabic origin), normalised. Not Cali (Ali),
 * which is also the Colombian city in the names of many listed bodies (DROGUERIAS ... DE CALI).
 */
const SOMALI_NAME_WORDS: ReadonlySet<string> = new Set([
  'maxamed', 'maxammed', 'muxumed', 'maxamuud', 'axmed', 'xasan', 'xassan', 'xuseen', 'xusseen', 'xuseyn', 'xasaan',
  'cumar', 'ciise', 'cismaan', 'cusmaan', 'cusman', 'cawil', 'caydiid', 'cadan', 'caasha', 'cilmi',
  'faarax', 'xaaji', 'xaashi', 'xamsa', 'xamza', 'xaliimo', 'xaawo', 'xirsi', 'xudeyfa',
  'jaamac', 'saciid', 'sacad', 'sacdiyo', 'mascuud', 'yaxye', 'ismaaciil', 'ibraahim', 'ibraahin', 'yuusuf',
  'daahir', 'shariif', 'mukhtaar', 'cashuur', 'guuleed',
]);

const isSomaliNameWord = (word: string): boolean => SOMALI_NAME_WORDS.has(word) || word.startsWith('cabd');

/** One word read back: long vowels single, then x as h and c (the ʿayn, which other spellings leave out) dropped. */
function readSomaliWord(word: string): string {
  return word.replace(/([aeiou])\1/g, '$1').replaceAll('x', 'h').replaceAll('c', '');
}

/**
 * The name (normalised Latin, words apart) read back from Somali spelling, or undefined when it is
 * not written so (no Somali spelling of a common name among its words).
 *
 * @example readSomaliSpelling('xasan daahir aweys') // 'hasan dahir aweys'
 * @example readSomaliSpelling('maxamed cabdullahi faarax') // 'mahamed abdullahi farah'
 * @example readSomaliSpelling('carlos alexander') // undefined
 */
export function readSomaliSpelling(name: string): string | undefined {
  const words = name.split(' ');
  if (!words.some(isSomaliNameWord)) return undefined;
  const read = words.map(readSomaliWord).filter((w) => w !== '').join(' ');
  return read === name ? undefined : read;
}
