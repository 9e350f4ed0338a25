/**
 * How much a name token counts, from its rarity across all loaded names (inverse document
 * frequency): "Mohammed", "Company" or "Trading" count for less than "Prigozhin". Without a corpus
 * (comparing two records directly) every word weighs 1.
 * @module
 */

/** Weight of each token kind relative to a word of the same rarity. */
export const KIND_FACTOR = {
  word: 1,
  patronymic: 0.5,
  particle: 0.15,
  generic: 0.3,
  initial: 0.35,
  legal: 0,
} as const;

const MIN_IDF = 0.2;

export class TokenWeights {
  private readonly df = new Map<string, number>();
  private documents = 0;
  private logN = 1;

  /** Counts the distinct tokens of one name (call once per listed name). */
  addDocument(tokens: Iterable<string>): void {
    this.documents += 1;
    for (const token of new Set(tokens)) this.df.set(token, (this.df.get(token) ?? 0) + 1);
  }

  /** Fixes the corpus size after the last document. */
  seal(): void {
    this.logN = Math.log(this.documents + 1);
  }

  /** Rarity weight in [MIN_IDF, 1]: 1 for a token never seen in the lists. */
  idf(token: string): number {
    if (this.documents === 0) return 1;
    const df = this.df.get(token) ?? 0;
    if (df === 0) return 1;
    return Math.max(MIN_IDF, Math.log((this.documents + 1) / (df + 1)) / this.logN + 0.15);
  }

  /** The weights of a saved state (matcher-snapshot.ts), read back as plain data: given their class again, in place. */
  static revive(saved: TokenWeights): TokenWeights {
    const fields = saved as unknown as Record<string, unknown>;
    if (!(fields['df'] instanceof Map) || typeof fields['documents'] !== 'number' || typeof fields['logN'] !== 'number') throw new Error('not saved token weights');
    return Object.setPrototypeOf(saved, TokenWeights.prototype) as TokenWeights;
  }

  /** Number of names that contain this token. */
  documentFrequency(token: string): number {
    return this.df.get(token) ?? 0;
  }
}

/** The weights used when no lists are loaded: every word counts the same. */
export const UNIFORM_WEIGHTS = new TokenWeights();
