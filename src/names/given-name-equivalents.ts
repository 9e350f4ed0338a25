/**
 * Given names that stand for one another: English hypocorisms (William / Bill, Robert / Bob,
 * Theodore / Ted), the usual Russian diminutives (Aleksandr / Sasha, Vladimir / Volodya) and
 * the Hebrew Bibi for Benjamin; and romanisations of one Arabic name that share no consonant
 * skeleton, for ث is written th or s (Uthman / Usman / Osman, Harith / Haris, Kawthar / Kausar).
 * The forms of one name in other languages (John / Juan / Ivan,
 * Frederick / Friedrich) are not here: they are different names on a passport, and John
 * Hernandez is not the listed Juan Hernandez.
 *
 * The table is curated by hand from the standard lists of English diminutives (e.g. the
 * "List of diminutives by language" and per-name articles of the English Wikipedia) and the
 * Russian diminutive forms taught in grammars; it stays small on purpose. A short form that is
 * also a name particle or a common word (Al; Will) is left out, except Ben, which tokeniseName
 * only reads as a given name when it opens a name (Ben Netanyahu; "son of" follows a name), and
 * no form is added that is a name of its own in the lists more often than a short form.
 * @module
 */

/** One group per name: every form in a group may stand for any other. Normalised Latin, lower case. */
const GIVEN_NAME_GROUPS: readonly (readonly string[])[] = [
  ['william', 'bill', 'billy', 'willy', 'willie'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie'],
  ['richard', 'rick', 'ricky', 'dick'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny'],
  ['ivan', 'vanya'],
  ['theodore', 'ted', 'teddy', 'theo'],
  ['fyodor', 'fedor', 'feodor', 'fedya'],
  ['edward', 'ed', 'eddie', 'ted', 'teddy', 'ned'],
  ['benjamin', 'ben', 'benny', 'bibi', 'binyamin'],
  ['alexander', 'alex', 'alec', 'sandy'],
  ['aleksandr', 'alexandr', 'alexander', 'sasha', 'sascha', 'shura'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['mikhail', 'misha'],
  ['thomas', 'tom', 'tommy'],
  ['elizabeth', 'elisabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza'],
  ['margaret', 'maggie', 'meg', 'peggy'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy'],
  ['yekaterina', 'ekaterina', 'katya'],
  ['joseph', 'joe', 'joey'],
  ['peter', 'pete'],
  ['pyotr', 'petr', 'petya'],
  ['pavel', 'pasha'],
  ['nicholas', 'nick', 'nicky'],
  ['nikolai', 'nikolay', 'kolya'],
  ['charles', 'charlie', 'chuck'],
  ['henry', 'harry', 'hank'],
  ['anthony', 'antony', 'tony'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davy'],
  ['stephen', 'steven', 'steve'],
  ['frederick', 'fred', 'freddy'],
  ['francis', 'frank', 'frankie'],
  ['francisco', 'paco', 'pancho'],
  ['gregory', 'greg'],
  ['andrew', 'andy', 'drew'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['lawrence', 'laurence', 'larry'],
  ['samuel', 'sam', 'sammy'],
  ['matthew', 'matt'],
  ['timothy', 'tim', 'timmy'],
  ['christopher', 'chris'],
  ['donald', 'don', 'donny'],
  ['ronald', 'ron', 'ronnie'],
  ['kenneth', 'ken', 'kenny'],
  ['jeffrey', 'geoffrey', 'jeff'],
  ['gerald', 'gerry', 'jerry'],
  ['raymond', 'ray'],
  ['walter', 'walt', 'wally'],
  ['susan', 'sue', 'susie'],
  ['jennifer', 'jenny'],
  ['deborah', 'debbie'],
  ['rebecca', 'becky'],
  ['victoria', 'vicky'],
  ['abraham', 'abe'],
  ['jacob', 'jake'],
  ['joshua', 'josh'],
  ['zachary', 'zach'],
  ['vincent', 'vince'],
  ['eugene', 'gene'],
  ['yevgeny', 'yevgeniy', 'evgeny', 'evgeniy', 'evgenii', 'zhenya'],
  ['vladimir', 'wladimir', 'volodya', 'vova'],
  ['dmitry', 'dmitri', 'dmitriy', 'dimitri', 'dima', 'mitya'],
  ['sergei', 'sergey', 'sergiy', 'seryozha'],
  ['anatoly', 'anatoliy', 'tolya'],
  ['vyacheslav', 'slava'],
  ['yaroslav', 'slava'],
  ['george', 'georgie'],
  ['uthman', 'othman', 'usman', 'osman', 'usmon', 'osmon'],
  ['harith', 'haris'],
  ['kawthar', 'kauthar', 'kawsar', 'kausar', 'kowsar'],
];

const GROUPS_BY_NAME: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  GIVEN_NAME_GROUPS.forEach((group, id) => {
    for (const name of group) {
      const ids = map.get(name) ?? [];
      ids.push(id);
      map.set(name, ids);
    }
  });
  return map;
})();

const NONE: readonly number[] = [];

/**
 * The groups a normalised token belongs to (empty for a name the table does not know).
 * @example givenNameGroups('bill') // the group of William
 */
export function givenNameGroups(token: string): readonly number[] {
  return GROUPS_BY_NAME.get(token) ?? NONE;
}

/**
 * Whether two normalised tokens are forms of one given name (and not the same text).
 * @example areGivenNameEquivalents('bill', 'william') // true
 * @example areGivenNameEquivalents('bill', 'robert') // false
 */
export function areGivenNameEquivalents(a: string, b: string): boolean {
  if (a === b) return false;
  const groupsB = givenNameGroups(b);
  return givenNameGroups(a).some((id) => groupsB.includes(id));
}
