/**
 * A man's given name and the woman's name made from it (Aleksandr / Aleksandra, Yevgeniy /
 * Yevgeniya, Viktor / Viktoriya, Michel / Michelle, Antonio / Antonia) name two people. A letter or
 * two apart, the fuzzy comparison read them as two spellings of one name: Aleksandra IVANOVA met
 * the listed Aleksandr IVANOV at 0.83, and the lists name the wives, sisters and daughters of
 * listed men (the EU and UK Russia regimes list whole families).
 *
 * Written here: the given-name packages on the npm registry give a name's gender, not which man's
 * name a woman's is made from across romanisations (Yevgeniya, Evgenia, Yevheniia). The table is the
 * usual Slavic, Romance and English pairs in the romanisations the lists and Vigil's readings of
 * Cyrillic give (Valentyna, Valiantsina, Walentina); most Arabic pairs made with -a (Karim /
 * Karima) are read by distinct-arabic-names.ts. A form missing here is compared as before, fuzzily.
 * @module
 */

/** One row per name: its men's forms, then its women's forms (normalised Latin, lower case). */
const GENDERED_NAMES: readonly (readonly [men: readonly string[], women: readonly string[]])[] = [
  [
    ['aleksandr', 'alexandr', 'oleksandr', 'aliaksandr', 'alexander', 'aleksander', 'aleksandar', 'alessandro', 'alejandro', 'alexandre'],
    ['aleksandra', 'alexandra', 'oleksandra', 'aliaksandra', 'alessandra', 'alejandra'],
  ],
  [
    ['yevgeniy', 'yevgeny', 'yevgenii', 'evgeniy', 'evgeny', 'evgenii', 'evgenij', 'jevgenij', 'jewgenij', 'jewgeni', 'yevhen', 'yevhenii', 'yevheniy', 'eugene', 'eugen', 'eugenio'],
    ['yevgeniya', 'yevgenia', 'evgeniya', 'evgenia', 'evgeniia', 'jevgenija', 'jewgenija', 'yevheniia', 'yevheniya', 'eugenia'],
  ],
  [['valeriy', 'valery', 'valerii', 'valeri', 'valerio', 'walerij'], ['valeriya', 'valeria', 'valeriia', 'valerie', 'walerija']],
  [['vitaliy', 'vitaly', 'vitalii', 'witalij'], ['vitaliya', 'vitalia', 'vitaliia', 'witalija']],
  [['viktor', 'victor', 'vittorio', 'wiktor'], ['viktoriya', 'viktoria', 'victoria', 'viktoriia', 'vittoria', 'wiktoria', 'wiktorija']],
  [['valentin', 'valentyn', 'valentino', 'walentin'], ['valentina', 'valentyna', 'walentina', 'valiantsina']],
  [['vladislav', 'vladyslav', 'uladzislau', 'wladislaw', 'wladyslaw'], ['vladislava', 'vladyslava', 'wladislawa', 'wladyslawa']],
  [['stanislav', 'stanislau', 'stanislaw'], ['stanislava', 'stanislawa']],
  [['yaroslav', 'jaroslav', 'jaroslaw'], ['yaroslava', 'jaroslava', 'jaroslawa']],
  [['miroslav', 'miroslaw'], ['miroslava', 'miroslawa']],
  [['svyatoslav', 'sviatoslav'], ['svyatoslava', 'sviatoslava']],
  [['rostislav', 'rostyslav'], ['rostislava', 'rostyslava']],
  [['ruslan'], ['ruslana']],
  [['bogdan', 'bohdan'], ['bogdana', 'bohdana']],
  [['ivan'], ['ivana']],
  [['yan', 'jan'], ['yana', 'jana']],
  [['roman'], ['romana']],
  [['daniel', 'daniele'], ['daniela', 'danielle', 'daniella']],
  [['gabriel', 'gabriele'], ['gabriela', 'gabrielle', 'gabriella']],
  [['michel', 'michael', 'michele'], ['michelle', 'michela', 'michaela']],
  [['emmanuel', 'emanuel', 'manuel', 'emanuele'], ['emmanuelle', 'manuela', 'emanuela']],
  [['rafael', 'raphael', 'raffaele'], ['rafaela', 'raphaelle', 'raffaella']],
  [['martin', 'martino'], ['martina']],
  [['paul', 'paulo', 'paolo', 'pavel'], ['paula', 'paola', 'pavla', 'paulina', 'pauline']],
  [['antonio', 'anton', 'antoine'], ['antonia', 'antonina', 'antoinette']],
  [['mario', 'marius'], ['maria', 'mariya', 'marie', 'mariia']],
  [['francesco', 'francisco', 'francis', 'franz', 'francois'], ['francesca', 'francisca', 'frances', 'franziska', 'francoise']],
  [['roberto', 'robert'], ['roberta']],
  [['carlo', 'carlos', 'karl'], ['carla', 'karla']],
  [['fernando'], ['fernanda']],
  [['julio', 'julian', 'julius', 'yuliy', 'yulian', 'giulio', 'julien'], ['julia', 'juliana', 'yuliya', 'yulia', 'yuliia', 'giulia', 'julie', 'julienne']],
  [['luciano', 'lucio', 'lucian'], ['luciana', 'lucia']],
  [['adriano', 'adrian'], ['adriana', 'adrienne']],
  [['emilio', 'emil', 'emile'], ['emilia', 'emilie', 'emily']],
  [['marcelo', 'marcello', 'marcel'], ['marcela', 'marcella', 'marcelle']],
  [['patricio', 'patrick'], ['patricia']],
  [['christian', 'kristian', 'cristian'], ['christiane', 'christina', 'kristina', 'cristina', 'christiana']],
  [['denis', 'denys'], ['denise', 'denisa']],
  [['louis', 'luis', 'luiz', 'luigi'], ['louise', 'luisa', 'luiza']],
  [['jean', 'juan'], ['jeanne', 'juana']],
  [['philip', 'phillip', 'filip', 'filipp', 'felipe'], ['philippa', 'filipa', 'felipa']],
  [['eduardo', 'edouard'], ['eduarda']],
  // Arabic علي and عليا, أمير and أميرة: two names as surnames too (the UK lists Malek ALI and Malik ALIAA apart).
  [['ali'], ['alia', 'aliaa', 'aliya', 'aliyah']],
  [['amir', 'ameer'], ['amira', 'ameera']],
];

/** Each form -> its row and whether it is a woman's: row * 2 + (1 for a woman's form). */
const FORMS: ReadonlyMap<string, number> = new Map(
  GENDERED_NAMES.flatMap(([men, women], row) => [...men.map((m): [string, number] => [m, row * 2]), ...women.map((w): [string, number] => [w, row * 2 + 1])]),
);

/**
 * Whether one word is a man's given name and the other the woman's name made from it.
 *
 * @example areGenderedForms('aleksandr', 'aleksandra') // true
 * @example areGenderedForms('evgeny', 'yevgeniya') // true
 * @example areGenderedForms('aleksandr', 'alexander') // false: two spellings of one man's name
 */
export function areGenderedForms(a: string, b: string): boolean {
  const x = FORMS.get(a);
  if (x === undefined) return false;
  const y = FORMS.get(b);
  return y !== undefined && x >> 1 === y >> 1 && (x & 1) !== (y & 1);
}
