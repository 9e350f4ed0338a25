/**
 * Arabic compound names written as one word by one list and as three by another: Abd al-Aziz /
 * Abdulaziz / Abdelaziz, Salah al-Din / Salahuddin / Salaheddine, Abd Allah / Abdullah, Abu Bakr / Abubakar. The
 * article between the parts is romanised a, e, u, al, el, ul, or as the next consonant doubled
 * (Abdurrahman, Abd ar-Rahman), so the spellings of one name are several edits apart and too long
 * for a spacing variant to meet them. Each compound is written here one way, whichever way it
 * came: as two words without the article (abdul aziz, salah din, abu bakar; Abd Allah as abdullah), as lists
 * most often write them. Din is a particle (see name-tokens), so Shamsuddin alone is still one name
 * word. Written by hand: no package knows these names, and the rules follow from how the article
 * is romanised.
 * @module
 */

/**
 * Abd + Allah in one word: Abdullah, Abdallah, Abdulla, Abdellah, Abdillah; and as West Africa and
 * Somalia write it, Abdoulaye, Abdoulay, Abdullahi, Abdillahi (not Abdul + Aye, nor Abdul + Lahi).
 * Not the Persian surname made from it, Abdollahi.
 */
const ABD_ALLAH = /^abd(?:[aeiou]{0,2}l{1,2}ah?|[aeiu]{0,2}l{1,2}ahi|[aeiou]{1,2}l{1,2}aye?)$/;
/**
 * Abd + article + name in one word: Abdulaziz, Abdelkader, Abdurrahman (the article's consonant
 * doubled into the name), Abdirahman (a linking vowel). The name keeps three letters or more.
 */
const ABD_NAME = /^abd(?:[aeiou]{1,2}(?:l|([rstdnz])(?=\1))?)?([a-z]{3,})$/;
/** Words that open an abd compound written apart: Abd al-Aziz, Abdul Aziz, Abdel Kader, Abdur Rahman. */
const ABD_OPENERS: ReadonlySet<string> = new Set(['abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdoul', 'abdur', 'abdus', 'abdun']);
/** A name + article + din in one word: Salahuddin, Salaheddine, Shamseldin, Mohieddeen (not Borodin: no article). */
const NAME_DIN = /^([a-z]{3,}?)[aeiou][ld]d(?:i|ee)ne?$/;
/** Article + din as a word of its own: Salah Uddin, Nur Eddine. */
const ARTICLE_DIN = /^(?:[aeiou][ld])d(?:i|ee)ne?$/;
/** Din written apart: Salah al-Din, Saif ud Din. */
const DIN = /^d(?:i|ee)ne?$/;
/** Abu + name in one word: Abubakar, Aboubakar, Abuzaid (four letters or more: Aburto is no compound). */
const ABU_NAME = /^abo?u([a-z]{4,})$/;
/** The article as romanised on its own before a name: al, el, ul, ad, ud, ed ... */
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'il', 'ol', 'ad', 'ed', 'ud', 'id', 'ar', 'ur', 'as', 'us', 'ash', 'at', 'ut', 'an', 'un', 'az', 'uz']);

const ABDUL = 'abdul';
const ABDULLAH = 'abdullah';
const DIN_WORD = 'din';
const ABU = 'abu';

/** One word: its compound form (one or two words), or the word. */
function oneWordCompound(word: string): string[] {
  if (ABD_ALLAH.test(word)) return [ABDULLAH];
  const abd = ABD_NAME.exec(word);
  if (abd) return [ABDUL, abd[2]!];
  const din = NAME_DIN.exec(word);
  if (din) return [din[1]!, DIN_WORD];
  if (ARTICLE_DIN.test(word) || DIN.test(word)) return [DIN_WORD];
  const abu = ABU_NAME.exec(word);
  if (abu) return [ABU, abu[1]!];
  return [word];
}

/**
 * The words with each Arabic compound written one way.
 *
 * @example arabicCompounds(['abd', 'al', 'aziz', 'ahmed']) // ['abdul', 'aziz', 'ahmed']
 * @example arabicCompounds(['abdelaziz', 'ahmed']) // ['abdul', 'aziz', 'ahmed']
 * @example arabicCompounds(['abd', 'allah']) // ['abdullah']
 * @example arabicCompounds(['salahuddin']) // ['salah', 'din'], as for ['salah', 'al', 'din']
 */
export function arabicCompounds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const afterNext = words[i + 2];
    if (ABD_OPENERS.has(word) && next !== undefined) {
      // Abd al-Aziz, Abdul Aziz: the article, if written apart, goes too.
      const skip = ARTICLES.has(next) && afterNext !== undefined ? 1 : 0;
      const name = words[i + 1 + skip]!;
      if (ABD_ALLAH.test(`abd${name}`)) out.push(ABDULLAH);
      else out.push(ABDUL, name);
      i += 1 + skip;
      continue;
    }
    // The article before a din written apart goes (Salah al-Din, Saif ud Din).
    if (ARTICLES.has(word) && next !== undefined && DIN.test(next)) continue;
    out.push(...oneWordCompound(word));
  }
  return out;
}

/**
 * A word ending in the article it is joined to, with its l (Jaishul, Saiful, Hizbul) or an r before
 * a word in r (Habibur Rahman, Mizanur Rahman), as Urdu, Bengali and Malay names write Jaish
 * al-Adl, Saif al-Islam, Habib ar-Rahman. Not the other assimilated articles (-us, -un, -ud before
 * their letter), rare in names and common as Latin endings: Polyus Service is no Poly as-Service,
 * Marcus Smith no Marc as-Smith.
 */
const ATTACHED_ARTICLE = /^([a-z]{3,})u([lr])$/;

/**
 * The words with each article joined to the word before it written apart, or undefined when no word
 * has one: Jaishul Adl -> jaish al adl, Habibur Rahman -> habib ar rahman. Not the last word (Kabul,
 * Istanbul), nor an Abd compound (see arabicCompounds), nor -ur before a word that does not start
 * with r (Mansur Ali, Timur Khan).
 *
 * @example articlesApart(['jaishul', 'adl']) // ['jaish', 'al', 'adl']
 * @example articlesApart(['habibur', 'rahman']) // ['habib', 'ar', 'rahman']
 * @example articlesApart(['mansur', 'ali']) // undefined
 */
export function articlesApart(words: readonly string[]): string[] | undefined {
  let changed = false;
  const out: string[] = [];
  words.forEach((word, i) => {
    const next = words[i + 1];
    const attached = next === undefined || word.startsWith('abd') ? null : ATTACHED_ARTICLE.exec(word);
    if (attached && (attached[2] === 'l' || next!.startsWith(attached[2]!))) {
      out.push(attached[1]!, `a${attached[2]}`);
      changed = true;
    } else {
      out.push(word);
    }
  });
  return changed ? out : undefined;
}

/** The first word of a compound written apart (Abd, Abdul, Abu): half a name, never a given name alone. */
export function isCompoundOpener(word: string): boolean {
  return ABD_OPENERS.has(word) || word === ABU || word === 'abou';
}

/** Abd Allah written as one word (Abdullah, Abdallah, Abdulla). */
export function isAbdAllah(word: string): boolean {
  return ABD_ALLAH.test(word);
}

/** An Arabic article written as a word (al, el, ud, ar ...). */
export function isArabicArticle(word: string): boolean {
  return ARTICLES.has(word);
}

/**
 * Whether written words hold an Arabic compound, changed by arabicCompounds or already in its form
 * (Abdul Aziz, Salah al-Din): only such a name can meet another's compound spelling other than by
 * its spelling as written.
 */
export function hasArabicCompound(words: readonly string[]): boolean {
  return words.some((w) => w.startsWith('abd') || w === ABU || w === 'abou' || ABU_NAME.test(w) || DIN.test(w) || ARTICLE_DIN.test(w) || NAME_DIN.test(w));
}
