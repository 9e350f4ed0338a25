import type { Properties } from './entity.js';

const CAPTION_PROPS = ['name', 'caption', 'title', 'lastName', 'email', 'imoNumber', 'registrationNumber', 'program', 'full', 'summary'];

/** The display name of an entity, as FtM picks it: the first name-like property present. */
export function pickCaption(properties: Properties, fallback: string): string {
  for (const prop of CAPTION_PROPS) {
    const value = properties[prop]?.[0];
    if (value) return value;
  }
  return fallback;
}
