/**
 * A trie over word sequences, with every word interned to a number and every edge in one Map
 * keyed by `node * TOKEN_SPACE + word`: a Map per node would cost several times the memory for
 * the few hundred thousand names of all the lists.
 * @module
 */

const TOKEN_SPACE = 2 ** 22;

export class PhraseTrie<T> {
  readonly #wordIds = new Map<string, number>();
  readonly #edges = new Map<number, number>();
  readonly #values = new Map<number, T[]>();
  #nodes = 1;

  /** The root node; walk from it with `child`. */
  readonly root = 0;

  add(words: readonly string[], value: T): void {
    let node = this.root;
    for (const word of words) {
      let id = this.#wordIds.get(word);
      if (id === undefined) {
        id = this.#wordIds.size;
        if (id >= TOKEN_SPACE) throw new Error(`phrase trie: more than ${TOKEN_SPACE} distinct words`);
        this.#wordIds.set(word, id);
      }
      const key = node * TOKEN_SPACE + id;
      let next = this.#edges.get(key);
      if (next === undefined) {
        next = this.#nodes++;
        this.#edges.set(key, next);
      }
      node = next;
    }
    const values = this.#values.get(node);
    if (values) values.push(value);
    else this.#values.set(node, [value]);
  }

  /** The node reached from `node` by `word`, or -1. */
  child(node: number, word: string): number {
    const id = this.#wordIds.get(word);
    if (id === undefined) return -1;
    return this.#edges.get(node * TOKEN_SPACE + id) ?? -1;
  }

  /** What was added under the phrase ending at `node`. */
  valuesAt(node: number): readonly T[] | undefined {
    return this.#values.get(node);
  }

  get nodeCount(): number {
    return this.#nodes;
  }
}
