import { children, type XmlNode } from '../read/xml-records.js';

/** The non-blank texts of the VALUE children of a list-valued UN element (NATIONALITY, TITLE, ...). */
export function childValues(record: XmlNode, name: string): string[] {
  return children(record, name).flatMap((node) => children(node, 'VALUE').map((v) => v.text.trim()).filter((t) => t !== ''));
}
