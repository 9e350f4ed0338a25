import { child, type XmlNode } from '../sources/read/xml-records.js';
import type { FieldLocation, PaymentIssue } from './types.js';

/** An element with its path from the document root, for locations in hits and errors. */
export interface XmlAt {
  node: XmlNode;
  path: string;
}

/** Errors and warnings met while reading one message. */
export interface IssueSink {
  errors: PaymentIssue[];
  warnings: PaymentIssue[];
}

export function locate(at: XmlAt): FieldLocation {
  return { kind: 'xml', path: at.path, line: at.node.line };
}

/** The first child with this name. */
export function childAt(at: XmlAt, name: string): XmlAt | undefined {
  const node = child(at.node, name);
  return node ? { node, path: `${at.path}/${name}` } : undefined;
}

/** Every child with this name; repeated ones get a 1-based `[n]` in their path. */
export function childrenAt(at: XmlAt, name: string): XmlAt[] {
  const found = at.node.children.filter((c) => c.name === name);
  return found.map((node, i) => ({ node, path: found.length > 1 ? `${at.path}/${name}[${i + 1}]` : `${at.path}/${name}` }));
}

/** The trimmed text of a child (spaces and line breaks inside folded to one space), or undefined when absent or blank. */
export function textAt(at: XmlAt, name: string): { value: string; at: XmlAt } | undefined {
  const found = childAt(at, name);
  const value = found?.node.text.replace(/\s+/g, ' ').trim();
  return found && value ? { value, at: found } : undefined;
}

/**
 * Warns of every child this reader does not know: the schema has optional elements this reader
 * may not cover, and an element that is neither screened nor known to hold no party must be seen.
 */
export function warnUnknownChildren(at: XmlAt, known: ReadonlySet<string>, sink: IssueSink): void {
  for (const c of at.node.children) {
    if (known.has(c.name)) continue;
    const location: FieldLocation = { kind: 'xml', path: `${at.path}/${c.name}`, line: c.line };
    sink.warnings.push({ code: 'unknown-field', field: c.name, location, message: `${location.path} (line ${c.line}): element ${c.name} is not read, so it is not screened` });
  }
}
