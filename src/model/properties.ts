import type { Properties } from './entity.js';

/**
 * Collects FtM property values while a record is mapped: trims, drops empties, keeps the first
 * spelling of each value (order is the list's own, which is meaningful for names).
 */
export class PropertyBag {
  private readonly values = new Map<string, string[]>();

  add(prop: string, ...values: (string | null | undefined)[]): this {
    for (const raw of values) {
      if (raw === null || raw === undefined) continue;
      const value = raw.replace(/\s+/g, ' ').trim();
      if (value === '') continue;
      let list = this.values.get(prop);
      if (!list) {
        list = [];
        this.values.set(prop, list);
      }
      if (!list.includes(value)) list.push(value);
    }
    return this;
  }

  has(prop: string): boolean {
    return (this.values.get(prop)?.length ?? 0) > 0;
  }

  get(prop: string): readonly string[] {
    return this.values.get(prop) ?? [];
  }

  toProperties(): Properties {
    const out: Properties = {};
    for (const [prop, list] of [...this.values.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (list.length > 0) out[prop] = [...list];
    }
    return out;
  }
}

/** Union of two property maps, keeping the first map's order of values. */
export function mergeProperties(a: Properties, b: Properties): Properties {
  const bag = new PropertyBag();
  for (const [prop, values] of Object.entries(a)) bag.add(prop, ...values);
  for (const [prop, values] of Object.entries(b)) bag.add(prop, ...values);
  return bag.toProperties();
}

/** The FtM properties that hold a party's names; a weak alias (a nickname, a short form) counts only as written. */
export const NAME_PROPERTIES = ['name', 'alias', 'previousName', 'weakAlias'] as const;

/** The parts of a person's name, in the order they are read when no full name is given. */
export const NAME_PART_PROPERTIES = ['firstName', 'middleName', 'fatherName', 'lastName'] as const;
